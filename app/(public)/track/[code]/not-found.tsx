import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { TrackForm } from "@/app/(public)/track/track-form";
import { PATH_HEADER } from "@/server/i18n/locale";

/** An unknown tracking code: 404, with the code as typed back in the form to correct it. */
export default async function TrackingCodeNotFound() {
  const [t, path] = await Promise.all([getTranslations(), headers().then((h) => h.get(PATH_HEADER) ?? "")]);
  const typed = /^\/track\/([^/?]+)/.exec(path)?.[1];
  let code = "";
  try {
    code = typed ? decodeURIComponent(typed) : "";
  } catch {
    code = typed ?? "";
  }
  return (
    <section className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("track.title")}</h1>
      <TrackForm defaultCode={code} error={t("track.notFound")} />
    </section>
  );
}

import { getTranslations } from "next-intl/server";

/** What `forbidden()` answers, with status 403: signed in, but this page is not for this account's role. */
export default async function ForbiddenPage() {
  const t = await getTranslations("forbidden");
  return (
    <section className="space-y-2">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
    </section>
  );
}

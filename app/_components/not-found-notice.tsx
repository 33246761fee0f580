import { getTranslations } from "next-intl/server";
import { Link } from "@/app/_components/link";

/**
 * "Nothing here", rendered by the page itself: Next's notFound() from a page streams an error document that only
 * JavaScript fills in (vercel/next.js#62228). The 404 status is set before Next (server/http/page-status.ts).
 */
export async function NotFoundNotice() {
  const t = await getTranslations("errors");
  return (
    <section className="space-y-3" data-testid="not-found">
      <h1 className="text-2xl font-bold">{t("notFound")}</h1>
      <Link href="/" className="text-brand-700 underline">
        {t("back")}
      </Link>
    </section>
  );
}

/** The title of such a page. */
export async function notFoundMetadata() {
  const t = await getTranslations("errors");
  return { title: t("notFound") };
}

import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/app/_components/link";
import { formatWib } from "@/server/i18n/jakarta-time";
import { getServerCaller } from "@/app/_trpc/server";

/** Admins only: reporters' personal-data requests waiting, how many are late, and the nearest legal deadline. */
export async function PrivacyDeadlines() {
  const [t, locale, caller] = await Promise.all([getTranslations("adminPrivacy"), getLocale() as Promise<"id" | "en">, getServerCaller()]);
  const { open, overdue, nextDueAt } = await caller.privacy.deadlines();
  return (
    <section
      aria-labelledby="privacy-deadlines"
      className={`space-y-1 rounded-lg bg-white p-4 shadow-sm ${overdue > 0 ? "border-2 border-red-700" : ""}`}
      data-testid="privacy-deadlines"
    >
      <h2 id="privacy-deadlines" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p>
        {t("summary", { open, overdue })}
        {nextDueAt && ` · ${t("next", { at: formatWib(locale, nextDueAt) })}`}
      </p>
      <Link href="/admin/privasi" className="text-brand-800 underline">
        {t("openQueue")}
      </Link>
    </section>
  );
}

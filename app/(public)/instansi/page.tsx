import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getServerCaller } from "@/app/_trpc/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scorecard");
  return { title: t("indexTitle"), description: t("indexLead"), openGraph: { title: t("indexTitle"), description: t("indexLead") } };
}

export default async function ScorecardIndexPage() {
  const [t, locale, caller] = await Promise.all([getTranslations("scorecard"), getLocale() as Promise<"id" | "en">, getServerCaller()]);
  const cards = await caller.stats.scorecards();
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("indexTitle")}</h1>
        <p className="text-slate-700">{t("indexLead")}</p>
      </header>
      <div className="overflow-x-auto">
        <table className="w-full bg-white text-sm shadow-sm">
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="p-2">
                {t("agency")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("requests")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("onTime")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("median")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("openIncidents")}
              </th>
            </tr>
          </thead>
          <tbody>
            {cards.map((c) => (
              <tr key={c.slug} className="border-t border-slate-200">
                <th scope="row" className="p-2 text-left font-medium">
                  <Link href={`/instansi/${c.slug}`} className="underline">
                    {c.name[locale]}
                  </Link>
                </th>
                <td className="p-2 text-right">{c.requests}</td>
                <td className="p-2 text-right">{c.onTimePct === null ? t("none") : `${c.onTimePct}%`}</td>
                <td className="p-2 text-right">{c.medianAnswerDays === null ? t("none") : t("days", { days: c.medianAnswerDays })}</td>
                <td className="p-2 text-right">{c.openIncidents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

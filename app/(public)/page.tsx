import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { StatCard } from "@/app/_components/stat-card";
import { getServerCaller } from "@/app/_trpc/server";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [t, caller] = await Promise.all([getTranslations("home"), getServerCaller()]);
  const summary = await caller.stats.publicSummary();
  return (
    <div className="space-y-10">
      <section className="space-y-4">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("eyebrow")}</p>
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t("title")}</h1>
        <p className="max-w-3xl text-lg text-slate-700">{t("lead")}</p>
        <div className="flex flex-wrap gap-3">
          <Link href="/lapor" className="rounded-md bg-brand-800 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-900">
            {t("ctaReport")}
          </Link>
          <Link href="/track" className="rounded-md border border-brand-800 px-5 py-3 text-lg font-semibold text-brand-800">
            {t("ctaTrack")}
          </Link>
        </div>
      </section>

      <section aria-labelledby="stats-title" className="space-y-3">
        <h2 id="stats-title" className="text-xl font-semibold">
          {t("statsTitle")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          <StatCard label={t("total")} value={summary.total} testId="stat-total" />
          <StatCard label={t("inVerification")} value={summary.inVerification} />
          <StatCard label={t("inExamination")} value={summary.inExamination} />
          <StatCard label={t("closed")} value={summary.closed} />
          <StatCard label={t("openIncidents")} value={summary.openIncidents} />
        </dl>
        <p className="text-sm text-slate-700">
          {t("statsNote")}{" "}
          <Link href="/peta" className="underline">
            {t("mapLink")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="how-title" className="space-y-3">
        <h2 id="how-title" className="text-xl font-semibold">
          {t("howTitle")}
        </h2>
        <ol className="list-decimal space-y-2 pl-6 text-slate-800">
          <li>{t("how1")}</li>
          <li>{t("how2")}</li>
          <li>{t("how3")}</li>
        </ol>
      </section>
    </div>
  );
}

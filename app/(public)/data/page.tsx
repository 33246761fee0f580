import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getServerCaller } from "@/app/_trpc/server";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("openData");
  return { title: t("title"), description: t("lead"), openGraph: { title: t("title"), description: t("lead") } };
}

const LABEL = { incidents: "incidents", reports: "reports", "complaint-counts": "complaintCounts", ratings: "ratings" } as const;

export default async function OpenDataPage() {
  const [t, caller] = await Promise.all([getTranslations("openData"), getServerCaller()]);
  const catalog = await caller.openData.catalog();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p>{t("lead")}</p>
        <p className="text-sm">{t("licence")}</p>
        <p className="text-sm">{t("suppression")}</p>
      </header>
      <ul className="space-y-3">
        {catalog.datasets.map((d) => (
          <li key={d.name} className="space-y-1 rounded-lg bg-white p-4 shadow-sm" data-testid={`dataset-${d.name}`}>
            <h2 className="font-semibold">{t(LABEL[d.name as keyof typeof LABEL])}</h2>
            <p className="flex gap-3">
              {d.files.map((f) => (
                <a key={f} href={`/api/data/${f}`} className="text-brand-800 underline" download>
                  {f}
                </a>
              ))}
            </p>
            <p className="text-sm text-slate-700">
              {t("columns")}: <code>{d.columns.join(", ")}</code>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

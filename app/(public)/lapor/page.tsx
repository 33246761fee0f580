import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getServerCaller } from "@/app/_trpc/server";
import { env } from "@/server/env";
import { toWibInput } from "@/server/i18n/jakarta-time";
import { pagePermalink } from "@/app/_components/form/permalink";
import { ClientProviders } from "@/app/_components/client-providers";
import { ReportForm } from "./report-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("report");
  return { title: t("title"), description: t("lead") };
}

export default async function ReportPage() {
  const [t, caller] = await Promise.all([getTranslations("report"), getServerCaller()]);
  const [services, places] = await Promise.all([caller.catalog.services(), caller.catalog.places()]);
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
      </header>
      <ClientProviders>
        <ReportForm
          services={services}
          places={places}
          tileUrl={env.map.tileUrl}
          tileAttribution={env.map.attribution}
          renderedAt={toWibInput(new Date())}
          permalink={await pagePermalink()}
        />
      </ClientProviders>
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { orNull } from "@/app/_trpc/page-errors";
import { getServerCaller } from "@/app/_trpc/server";
import { requireRole } from "@/app/(staff)/_lib/current-user";
import { CreateReportForm } from "@/app/(staff)/console/reports/create-report-form";
import { STAFF_ROLES } from "@/server/db/schema/constants";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("new"), robots: { index: false } };
}

export default async function NewReportPage({ searchParams }: { searchParams: Promise<{ incident?: string }> }) {
  await requireRole(STAFF_ROLES);
  const [{ incident: incidentId }, t, caller] = await Promise.all([searchParams, getTranslations("reports"), getServerCaller()]);
  if (!incidentId) notFound();
  const incident = await orNull(caller.incident.get({ incidentId }));
  if (!incident) notFound();
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("new")}</h1>
      <p>
        {t("incidents")}: <span className="font-mono">{incident.code}</span> — {incident.titleId}
      </p>
      <CreateReportForm incidentId={incident.id} suggestedTitle={`Evaluasi: ${incident.titleId}`} />
    </div>
  );
}

import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AttachmentLinks } from "@/app/_components/attachment-links";
import { HourlyChart } from "@/app/_components/hourly-chart";
import { orNull } from "@/app/_trpc/page-errors";
import { getServerCaller } from "@/app/_trpc/server";
import { requireRole } from "@/app/(staff)/_lib/current-user";
import { ClarificationPanel } from "@/app/(staff)/console/clarification-panel";
import { toSentRequests } from "@/app/(staff)/console/sent-requests";
import { ConfirmIncidentForm, PostUpdateForm, SeverityForm } from "@/app/(staff)/console/incident-forms";
import { IncidentOperations } from "@/app/(staff)/console/incident-operations";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { Card } from "@/app/_components/form/card";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

export default async function IncidentPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole(STAFF_ROLES);
  const [{ id }, t, format, caller] = await Promise.all([params, getTranslations(), getFormatter(), getServerCaller()]);
  const i = await orNull(caller.incident.get({ incidentId: id }));
  if (!i) notFound();
  const when = (x: Date | null) => (x ? format.dateTime(x, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const open = i.state === "candidate" || i.state === "confirmed";
  const [requests, agencyList, corrective] = await Promise.all([
    caller.clarification.listFor({ incidentId: i.id }),
    caller.catalog.agencies(),
    caller.correctiveAction.listFor({ incidentId: i.id }),
  ]);
  const agencies = agencyList.map((a) => ({ id: a.id, name: a.name.id }));
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <p className="font-mono text-sm text-slate-700">{i.code}</p>
        <h1 className="text-2xl font-bold">{i.titleId}</h1>
        <p className="flex flex-wrap gap-2 text-sm">
          <span className="rounded bg-slate-200 px-2 py-0.5" data-testid="incident-state">
            {t(`incidentStates.${i.state}`)}
          </span>
          <span className="rounded bg-brand-50 px-2 py-0.5" data-testid="incident-status">
            {t(`incidentPublicStatus.${i.publicStatus}`)}
          </span>
          <span>{t(`console.severities.${i.severity}`)}</span>
          <span>{[i.serviceName, i.agencyName].filter(Boolean).join(" · ")}</span>
          {i.isPublic && (
            <Link href={`/insiden/${i.code}`} className="text-brand-800 underline">
              {t("console.publicPage")}
            </Link>
          )}
          <Link href={`/console?incidentId=${i.id}`} className="text-brand-800 underline">
            {t("console.queueTitle")}
          </Link>
          <Link href={`/console/reports/new?incident=${i.id}`} className="text-brand-800 underline" data-testid="draft-report">
            {t("reports.newFromIncident")}
          </Link>
        </p>
      </header>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card className="space-y-3">
            <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
              <div>
                <dt className="text-slate-700">{t("console.reports")}</dt>
                <dd className="text-2xl font-semibold" data-testid="incident-reports">
                  {i.reportCount}
                </dd>
              </div>
              <div>
                <dt className="text-slate-700">{t("console.firstReport")}</dt>
                <dd>{when(i.firstReportAt)}</dd>
              </div>
              <div>
                <dt className="text-slate-700">{t("console.peak")}</dt>
                <dd>{when(i.peakAt)}</dd>
              </div>
              <div>
                <dt className="text-slate-700">{t("console.lastReport")}</dt>
                <dd>{when(i.lastReportAt)}</dd>
              </div>
            </dl>
            <p className="text-sm">
              <span className="text-slate-700">{t("console.places")}: </span>
              {i.places.map((p) => p.name).join(", ") || "—"}
            </p>
            {i.measuredDowntime.length > 0 && (
              <p className="text-sm" data-testid="measured-downtime">
                <span className="text-slate-700">{t("incidentPage.measuredDowntime")}: </span>
                {i.measuredDowntime
                  .map((o) => `${o.monitor}: ${when(o.startedAt)} – ${o.endedAt ? when(o.endedAt) : t("incidentPage.ongoing")} (${o.failedChecks})`)
                  .join("; ")}
              </p>
            )}
            <HourlyChart data={i.hourly} caption={t("console.perHour")} hourLabel={t("console.perHour")} countLabel={t("console.reports")} />
          </Card>
          <Card className="space-y-2">
            <h2 className="text-lg font-semibold">{t("console.updates")}</h2>
            <ol className="space-y-2 text-sm" data-testid="incident-updates">
              {i.updates.map((u) => (
                <li key={u.id}>
                  <p className="text-xs text-slate-700">
                    {when(u.createdAt)} · {t(`incidentPublicStatus.${u.status}`)}
                  </p>
                  <p lang={u.language}>{u.body}</p>
                  {u.bodyEn && (
                    <p lang="en" className="text-slate-700" data-testid="update-english">
                      {u.bodyEn}
                    </p>
                  )}
                </li>
              ))}
            </ol>
            {open && <PostUpdateForm incidentId={i.id} />}
          </Card>
          <Card className="space-y-2">
            <h2 className="text-lg font-semibold">{t("console.reports")}</h2>
            <ul className="max-h-96 space-y-1 overflow-auto text-sm">
              {i.complaints.map((c) => (
                <li key={c.id} className="flex min-w-0 gap-2">
                  <Link href={`/console/complaints/${c.id}`} className="whitespace-nowrap font-mono text-brand-800 underline">
                    {c.trackingCode}
                  </Link>
                  <span className="whitespace-nowrap text-slate-700">{when(c.createdAt)}</span>
                  <span className="min-w-0 truncate">{[c.placeName, c.excerpt].filter(Boolean).join(" — ")}</span>
                </li>
              ))}
            </ul>
          </Card>
        </div>
        <div className="space-y-4">
          {i.state === "candidate" && (
            <Card className="space-y-2">
              <h2 className="text-lg font-semibold">{t("console.confirm")}</h2>
              <ConfirmIncidentForm incidentId={i.id} version={i.version} titleId={i.titleId} titleEn={i.titleEn} />
            </Card>
          )}
          {i.state === "confirmed" && (
            <Card className="space-y-2" data-testid="severity">
              <SeverityForm incidentId={i.id} version={i.version} severity={i.severity} />
            </Card>
          )}
          <Card className="space-y-2">
            <h2 className="text-lg font-semibold">{t("clarification.title")}</h2>
            <ClarificationPanel
              subject={{ incidentId: i.id }}
              agencies={agencies}
              defaultAgencyId={i.agencyId}
              evidence={i.complaints.map((c) => ({ id: c.id, label: `${c.placeName ?? ""} ${c.excerpt}` }))}
              sent={toSentRequests(requests, (d) => t("console.due", { date: when(d) }), when)}
            />
          </Card>
          <Card className="space-y-2">
            <h2 className="text-lg font-semibold">{t("agency.correctiveTitle")}</h2>
            {corrective.length === 0 ? (
              <p className="text-sm">{t("agency.correctiveNone")}</p>
            ) : (
              <ul className="space-y-1 text-sm" data-testid="corrective-actions">
                {corrective.map((a) => (
                  <li key={a.id}>
                    {when(a.takenAt)} · {a.agencyName} — {a.description}
                    <AttachmentLinks files={a.attachments} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
          {open && (
            <Card className="space-y-2">
              <IncidentOperations
                incidentId={i.id}
                complaints={i.complaints.map((c) => ({ id: c.id, trackingCode: c.trackingCode, excerpt: c.excerpt }))}
              />
            </Card>
          )}
          <Card className="space-y-2">
            <h2 id="incident-audit" className="text-lg font-semibold">
              {t("console.audit")}
            </h2>
            {/* A long trail scrolls in its own box, which the keyboard can reach. */}
            <ol className="max-h-72 space-y-1 overflow-auto text-xs" tabIndex={0} aria-labelledby="incident-audit">
              {i.audit.map((a) => (
                <li key={a.id}>
                  {when(a.at)} · <code>{a.action}</code> · {a.actorName ?? "—"}
                </li>
              ))}
            </ol>
          </Card>
        </div>
      </div>
    </div>
  );
}

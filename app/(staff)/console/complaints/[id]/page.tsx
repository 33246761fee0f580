import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { orNull } from "@/app/_trpc/page-errors";
import { getServerCaller } from "@/app/_trpc/server";
import { requireRole } from "@/app/(staff)/_lib/current-user";
import { ClarificationPanel } from "@/app/(staff)/console/clarification-panel";
import { toSentRequests } from "@/app/(staff)/console/sent-requests";
import { LinkIncidentButton, ProcedurePanel, ReviewRatingButton, TextForm } from "@/app/(staff)/console/staff-forms";
import { IdentityPanel } from "./identity-panel";
import { TriagePanel } from "./triage-panel";
import { STAFF_ROLES } from "@/server/db/schema/constants";
import { Card } from "@/app/_components/form/card";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

function Section({ title, children, hint }: { title: string; hint?: string; children: React.ReactNode }) {
  return (
    <Card className="space-y-2">
      <h2 className="text-lg font-semibold">{title}</h2>
      {hint && <p className="text-sm text-slate-700">{hint}</p>}
      {children}
    </Card>
  );
}

export default async function ComplaintDetailPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole(STAFF_ROLES);
  const [{ id }, t, format, locale, caller] = await Promise.all([params, getTranslations(), getFormatter(), getLocale(), getServerCaller()]);
  const d = await orNull(caller.complaint.detail({ complaintId: id }));
  if (!d) notFound();
  const c = d.complaint;
  const when = (x: Date) => format.dateTime(x, { dateStyle: "medium", timeStyle: "short" });
  const [requests, agencyList, triage, topics, services, landmarks] = await Promise.all([
    caller.clarification.listFor({ complaintId: c.id }),
    caller.catalog.agencies(),
    caller.triage.forComplaint({ complaintId: c.id }),
    caller.catalog.topics(),
    caller.catalog.services(),
    caller.catalog.places(),
  ]);
  const agencies = agencyList.map((a) => ({ id: a.id, name: a.name.id }));
  const lang = locale === "en" ? "en" : "id";
  // A place triage named may be a city or province, which the landmark list does not hold.
  const placeOptions = [
    ...landmarks.map((p) => ({ id: p.id, label: p.name, group: "" })),
    ...triage.suggestions.place.map((p) => ({ id: p.id ?? "", label: p.label?.[lang] ?? p.code, group: "" })),
    ...(c.placeId ? [{ id: c.placeId, label: d.placeName ?? "", group: "" }] : []),
  ].filter((o, i, all) => o.id && all.findIndex((x) => x.id === o.id) === i);
  return (
    <div className="space-y-4">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("console.complaintTitle", { code: c.trackingCode })}</h1>
        <p className="flex flex-wrap gap-2 text-sm">
          <span className="rounded bg-slate-200 px-2 py-0.5" data-testid="stage">
            {t(`stages.${c.stage}`)}
          </span>
          <span>{t(`categories.${c.category}`)}</span>
          <span className="rounded bg-sky-100 px-2 py-0.5 text-sky-900" data-testid="channel">
            {t("console.via", { channel: t(`channels.${c.channel}`) })}
          </span>
          <span>{c.dueAt ? t("console.due", { date: when(c.dueAt) }) : t("console.noDue")}</span>
          {c.rapidResponse && <span className="rounded bg-red-100 px-2 py-0.5 text-red-800">{t("console.rapid")}</span>}
          {d.incident && (
            <Link href={`/console/incidents/${d.incident.id}`} className="text-brand-800 underline">
              {d.incident.code} — {d.incident.title}
            </Link>
          )}
        </p>
      </header>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Section title={t("console.details")}>
            <p className="text-sm text-slate-700">
              {[d.serviceName, d.agencyName, d.placeName ?? c.addressText, when(c.occurredAt)].filter(Boolean).join(" · ")}
            </p>
            <p className="whitespace-pre-line" lang={c.language}>
              {c.description}
            </p>
            {d.attachments.length > 0 && (
              <ul className="flex flex-wrap gap-3">
                {d.attachments.map((a) => (
                  <li key={a.id}>
                    {a.removedAt ? (
                      <p className="text-sm text-slate-700" data-testid="attachment-removed">
                        {t("console.attachmentRemoved", { name: a.originalName, date: when(a.removedAt) })}
                      </p>
                    ) : (
                      <a href={`/api/attachments/${a.id}`} target="_blank" rel="noopener" className="block text-sm text-brand-800 underline">
                        {a.mimeType.startsWith("image/") ? (
                          // eslint-disable-next-line @next/next/no-img-element -- private, session-bound file; no optimiser
                          <img src={`/api/attachments/${a.id}`} alt={a.originalName} className="h-32 w-auto rounded border" />
                        ) : (
                          a.originalName
                        )}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title={t("console.triage.title")} hint={t("console.triage.hint")}>
            <TriagePanel
              complaintId={c.id}
              version={c.version}
              current={{
                topic: c.topicCode ?? "",
                service: c.serviceId ?? "",
                agency: c.agencyId ?? "",
                category: c.category,
                place: c.placeId ?? "",
              }}
              suggestions={triage.suggestions}
              applied={triage.applied}
              decided={triage.decided ? t("console.triage.decided", { name: triage.decided.by ?? "—", date: when(triage.decided.at) }) : null}
              modelAvailable={triage.modelAvailable}
              options={{
                topic: topics.map((x) => ({ id: x.code, label: x.name[lang], group: "" })),
                service: services.map((x) => ({ id: x.id, label: x.name[lang], group: x.agency.name[lang] })),
                agency: agencyList.map((a) => ({ id: a.id, label: a.name[lang], group: "" })),
                place: placeOptions,
              }}
            />
          </Section>
          {d.suggestion && !d.incident && (
            <Section title={t("console.incident")}>
              <p>{t("console.suggestion", { code: d.suggestion.code, title: d.suggestion.title, score: (d.suggestion.score ?? 0).toFixed(2) })}</p>
              <LinkIncidentButton complaintId={c.id} incidentId={d.suggestion.id} label={t("console.acceptSuggestion")} />
            </Section>
          )}
          <Section title={t("console.messages")} hint={t("console.messagesHint")}>
            <ul className="space-y-2">
              {d.messages.map((m) => (
                <li key={m.id} className="rounded bg-slate-50 p-2 text-sm">
                  <p className="text-xs text-slate-700">
                    {when(m.at)} · {m.direction === "from_reporter" ? t("console.reporter") : m.authorName}
                  </p>
                  <p className="whitespace-pre-line">{m.body}</p>
                </li>
              ))}
            </ul>
            <TextForm
              complaintId={c.id}
              kind="message"
              canned={d.cannedResponses.map((r) => ({
                key: r.key,
                title: locale === "en" ? r.titleEn : r.titleId,
                body: c.language === "en" ? r.bodyEn : r.bodyId,
              }))}
            />
          </Section>
          <Section title={t("clarification.title")}>
            <ClarificationPanel
              subject={{ complaintId: c.id }}
              agencies={agencies}
              defaultAgencyId={c.agencyId}
              evidence={[{ id: c.id, label: c.description.slice(0, 120) }]}
              sent={toSentRequests(requests, (d) => t("console.due", { date: when(d) }), when)}
            />
          </Section>
          <Section title={t("console.notes")} hint={t("console.notesHint")}>
            <ul className="space-y-2">
              {d.notes.map((n) => (
                <li key={n.id} className="rounded bg-amber-50 p-2 text-sm">
                  <p className="text-xs text-slate-700">
                    {when(n.at)} · {n.authorName}
                  </p>
                  <p className="whitespace-pre-line">{n.body}</p>
                </li>
              ))}
            </ul>
            <TextForm complaintId={c.id} kind="note" />
          </Section>
        </div>
        <div className="space-y-4">
          <Section title={t("console.reporter")}>
            {d.contact ? <IdentityPanel complaintId={c.id} identity={d.contact} /> : <p className="text-sm">{t("console.anonymous")}</p>}
            <p className="text-sm text-slate-700">{c.confidential ? t("console.confidential") : t("console.notConfidential")}</p>
          </Section>
          {d.rating && (
            <Section title={t("rating.staffTitle")}>
              <div className="space-y-2 text-sm" data-testid="staff-rating">
                <p className={d.rating.score <= 2 ? "font-semibold text-red-800" : "font-semibold"}>
                  {t("rating.staffScore", {
                    score: d.rating.score,
                    channel: t(`rating.channels.${d.rating.channel as "web"}`),
                    date: when(d.rating.ratedAt),
                  })}
                </p>
                <p className="whitespace-pre-line">{d.rating.comment ?? t("rating.noComment")}</p>
                {d.rating.reviewedAt ? (
                  <p className="text-slate-700">{t("rating.reviewed", { date: when(d.rating.reviewedAt) })}</p>
                ) : (
                  d.rating.score <= 2 && <ReviewRatingButton complaintId={c.id} label={t("rating.review")} />
                )}
              </div>
            </Section>
          )}
          <Section title={t("console.procedure")}>
            <ProcedurePanel complaintId={c.id} version={c.version} actions={d.actions} />
          </Section>
          <Section title={t("console.history")}>
            <ol className="space-y-1 text-sm">
              {d.history.map((h) => (
                <li key={h.id}>
                  {when(h.at)} · {t(`stages.${h.to}`)}
                  {h.actorName ? ` · ${h.actorName}` : ""}
                  {h.reason ? ` — ${h.reason}` : ""}
                </li>
              ))}
            </ol>
          </Section>
          <Section title={t("console.audit")}>
            {/* A long trail scrolls in its own box, which the keyboard can reach. */}
            <ol className="max-h-72 space-y-1 overflow-auto text-xs" tabIndex={0} aria-label={t("console.audit")}>
              {d.audit.map((a) => (
                <li key={a.id}>
                  {when(a.at)} · <code>{a.action}</code> · {a.actorName ?? "—"}
                  {/* A reveal of the reporter's identity is listed with the reason its viewer gave. */}
                  {a.action === "complaint.reveal_identity" && <> · {String((a.after as { reason?: string } | null)?.reason ?? "")}</>}
                </li>
              ))}
            </ol>
          </Section>
        </div>
      </div>
    </div>
  );
}

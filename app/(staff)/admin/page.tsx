import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/app/_components/link";
import { getServerCaller } from "@/app/_trpc/server";
import { requireRole } from "@/app/(staff)/_lib/current-user";
import { PrivacyDeadlines } from "@/app/(staff)/dashboard/privacy-deadlines";
import { AccountActions, AccountForm } from "./account-forms";
import { AgencyForm, PlaceForm, ServiceForm } from "./catalogue-forms";
import { RetentionForm } from "./retention-form";
import { DecideRequest } from "./admin-requests";
import { MonitorForm, MonitorToggle } from "./monitor-forms";
import { ThresholdsForm, TopicLabels, TrainButton } from "./triage-section";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminPage() {
  const me = await requireRole(["admin"]);
  const [t, caller] = await Promise.all([getTranslations(), getServerCaller()]);
  const [catalog, accounts, requests, reveals, retention, triage, topics, format, monitors] = await Promise.all([
    caller.admin.catalog(),
    caller.admin.accounts(),
    caller.admin.requests(),
    caller.admin.identityReveals(),
    caller.privacy.retention(),
    caller.triage.overview(),
    caller.catalog.topics(),
    getFormatter(),
    caller.monitor.list(),
  ]);
  const pct = (x: number | null | undefined) => (x === null || x === undefined ? "—" : `${Math.round(x * 1000) / 10} %`);
  const agencyOptions = catalog.agencies.map((a) => ({ id: a.id, name: a.nameId }));
  const state = (active: boolean) => (active ? t("admin.active") : t("admin.inactive"));
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("admin.title")}</h1>
      <PrivacyDeadlines />
      <section className="space-y-3" data-testid="triage-admin">
        <h2 className="text-lg font-semibold">{t("admin.triage.title")}</h2>
        <p className="text-sm text-slate-700">{t("admin.triage.hint")}</p>
        {triage.models.length === 0 ? (
          <p>{t("admin.triage.none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <thead>
                <tr className="text-left">
                  {["version", "trained", "examples", "topicTop1", "categoryTop1", "serviceTop3", "placeFound", "autoApplied"].map((k) => (
                    <th key={k} scope="col" className="px-2 py-1">
                      {t(`admin.triage.${k as "version"}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {triage.models.map((m) => {
                  const f = m.heldOut;
                  return (
                    <tr key={m.version} className="border-t">
                      <td className="px-2 py-1">
                        {m.version} {m.current && <strong>({t("admin.triage.current")})</strong>}
                      </td>
                      <td className="px-2 py-1">{format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                      <td className="px-2 py-1">{m.trainedExamples}</td>
                      <td className="px-2 py-1">
                        {pct(f?.topicTop1)} / {pct(f?.topicTop3)}
                      </td>
                      <td className="px-2 py-1">{pct(f?.categoryTop1)}</td>
                      <td className="px-2 py-1">{pct(f?.serviceTop3)}</td>
                      <td className="px-2 py-1">{pct(f?.placeFound)}</td>
                      <td className="px-2 py-1">
                        {pct(f?.autoApplyPrecision)} / {pct(f?.coverage)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {triage.trainingRequestedAt ? (
          <p role="status">{t("admin.triage.trainRequested", { date: format.dateTime(triage.trainingRequestedAt, { timeStyle: "short" }) })}</p>
        ) : (
          <TrainButton />
        )}
        {triage.thresholds && (
          <>
            <h3 className="font-semibold">{t("admin.triage.thresholds")}</h3>
            <p className="text-sm text-slate-700">{t("admin.triage.thresholdsHint")}</p>
            <ThresholdsForm thresholds={triage.thresholds} />
          </>
        )}
        <TopicLabels topics={topics} />
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("admin.agencies")}</h2>
        <ul className="text-sm">
          {catalog.agencies.map((a) => (
            <li key={a.id}>
              {a.nameId} ({a.slug}) · {t(`admin.kinds.${a.kind}`)} · {a.services} · {state(a.active)}
            </li>
          ))}
        </ul>
        <AgencyForm />
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("admin.services")}</h2>
        <ul className="text-sm">
          {catalog.services.map((s) => (
            <li key={s.id}>
              {s.nameId} ({s.code}) · {state(s.active)}
            </li>
          ))}
        </ul>
        <ServiceForm agencies={agencyOptions} topics={topics.map((x) => [x.code, x.name.id])} />
      </section>
      <section className="space-y-2" aria-labelledby="monitors-title" data-testid="monitors-admin">
        <h2 id="monitors-title" className="text-lg font-semibold">
          {t("admin.monitors.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("admin.monitors.hint")}</p>
        {monitors.length === 0 ? (
          <p className="text-sm">{t("admin.monitors.none")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {monitors.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center gap-2" data-testid="monitor-row">
                <span>
                  <strong>{m.name}</strong> · {m.serviceName} · <code className="break-all">{m.url}</code> ·{" "}
                  {!m.active
                    ? t("admin.monitors.paused")
                    : m.downSince
                      ? t("admin.monitors.down", { since: format.dateTime(m.downSince, { dateStyle: "medium", timeStyle: "short" }) })
                      : m.lastCheckedAt
                        ? m.lastOk
                          ? t("admin.monitors.up")
                          : t("admin.monitors.failing", { error: t(`admin.monitors.errors.${(m.lastError ?? "connection") as "timeout"}`) })
                        : t("admin.monitors.pending")}{" "}
                  · {t("admin.monitors.uptime24h", { value: pct(m.uptime24h) })}
                </span>
                <MonitorToggle monitorId={m.id} active={m.active} />
              </li>
            ))}
          </ul>
        )}
        <MonitorForm services={catalog.services.filter((s) => s.active).map((s) => [s.id, s.nameId])} />
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("admin.places")}</h2>
        <ul className="text-sm">
          {catalog.places.map((p) => (
            <li key={p.id}>
              {p.name} ({p.slug}) {p.city && `· ${p.city}`} · {state(p.active)}
            </li>
          ))}
        </ul>
        <PlaceForm />
      </section>
      <section className="space-y-2" aria-labelledby="requests-title" data-testid="admin-requests">
        <h2 id="requests-title" className="text-lg font-semibold">
          {t("admin.requests.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("admin.requests.hint")}</p>
        {requests.length === 0 ? (
          <p className="text-sm">{t("admin.requests.none")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {requests.map((r) => {
              const email = r.email ?? r.targetEmail ?? "";
              return (
                <li key={r.id} className="flex flex-wrap items-center gap-2">
                  <span>
                    {t(`admin.requests.kinds.${r.kind}`)} · {r.name ?? r.targetName} · {email} · {t("admin.requests.by", { name: r.requestedByName })}{" "}
                    · {format.dateTime(r.requestedAt, { dateStyle: "medium", timeStyle: "short" })}
                  </span>
                  <DecideRequest requestId={r.id} own={r.requestedById === me.id} email={email} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("admin.accounts")}</h2>
        <ul className="space-y-1 text-sm" data-testid="accounts">
          {accounts.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center gap-2">
              <span>
                {u.name} · {u.email} · {t(`roles.${u.role}`)}
                {u.agencyName ? ` · ${u.agencyName}` : ""} · {state(u.active)}
              </span>
              {u.id !== me.id && (
                <AccountActions userId={u.id} email={u.email} active={u.active} role={u.role} twoFactorEnabled={u.twoFactorEnabled} />
              )}
            </li>
          ))}
        </ul>
        <AccountForm agencies={agencyOptions} />
      </section>
      <section className="space-y-2" aria-labelledby="retention-title">
        <h2 id="retention-title" className="text-lg font-semibold">
          {t("admin.retention.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("admin.retention.hint")}</p>
        {/* Keyed by the values, so the form shows what was saved after the refresh. */}
        <RetentionForm key={JSON.stringify(retention)} schedule={retention} />
      </section>
      <section className="space-y-2" aria-labelledby="reveals-title">
        <h2 id="reveals-title" className="text-lg font-semibold">
          {t("admin.reveals.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("admin.reveals.hint")}</p>
        {reveals.length === 0 ? (
          <p className="text-sm">{t("admin.reveals.none")}</p>
        ) : (
          <ul className="text-sm" data-testid="identity-reveals">
            {reveals.map((r) => (
              <li key={`${r.complaintId}-${r.at.toISOString()}`}>
                {format.dateTime(r.at, { dateStyle: "medium", timeStyle: "short" })} WIB · {r.actorName ?? "—"} ·{" "}
                <Link href={`/console/complaints/${r.complaintId}`} className="font-mono text-brand-800 underline">
                  {r.trackingCode}
                </Link>{" "}
                · {r.reason}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { UpdateText } from "@/app/_components/update-text";
import { Link } from "@/app/_components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getServerCaller } from "@/app/_trpc/server";
import { formatJakarta, formatWib, wibInstant } from "@/server/i18n/jakarta-time";
import { daySegments } from "./day-segments";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("board");
  return { title: t("title"), description: t("lead"), openGraph: { title: t("title"), description: t("lead") } };
}

const SEVERITY_COLOUR: Record<string, string> = { minor: "bg-amber-400", major: "bg-orange-600", critical: "bg-red-700" };
const MONITOR_STATE_COLOUR = {
  up: "bg-emerald-100 text-emerald-900",
  down: "bg-red-700 text-white",
  pending: "bg-slate-100 text-slate-800",
} as const;
/** A measured day under this share of passed checks is marked even when no incident was confirmed. */
const UPTIME_AMBER = 0.995;

export default async function IncidentBoardPage() {
  const [t, locale, caller] = await Promise.all([getTranslations(), getLocale() as Promise<"id" | "en">, getServerCaller()]);
  const board = await caller.incident.board();
  const when = (d: Date) => formatWib(locale, d);
  const percent = (x: number) => `${(Math.floor(x * 1000) / 10).toLocaleString(locale === "id" ? "id-ID" : "en-GB")} %`;
  const formatDay = (day: string) => formatJakarta(locale, wibInstant(day), { dateStyle: "medium" });
  const Incident = ({ i }: { i: (typeof board.active)[number] }) => (
    <li className="space-y-2 rounded-lg bg-white p-4 shadow-sm" data-testid="board-incident">
      <div className="flex flex-wrap items-center gap-2">
        <span className="rounded-full bg-brand-800 px-3 py-0.5 text-sm font-semibold text-white">
          {t(`incidentPublicStatus.${i.status as "resolved"}`)}
        </span>
        <span className="text-sm">{t(`board.severity.${i.severity as "major"}`)}</span>
        <span className="font-mono text-sm text-slate-700">{i.code}</span>
      </div>
      <h3 className="text-lg font-semibold">
        <Link href={`/insiden/${i.code}`} className="underline">
          {i.title[locale]}
        </Link>
      </h3>
      <p className="text-sm text-slate-700">
        {[i.agency?.[locale], i.service?.[locale]].filter(Boolean).join(" · ")} · {t("board.reports", { count: i.reportCount })} ·{" "}
        {t("board.places", { count: i.placeCount })}
        {i.places.length > 0 && ` (${i.places.join(", ")})`}
      </p>
      <p className="text-sm">
        {i.startedAt && t("board.started", { date: when(i.startedAt) })} ·{" "}
        {i.endedAt ? t("board.ended", { date: when(i.endedAt) }) : t("board.ongoing")}
        {i.agency && (
          <>
            {" · "}
            <Link href={`/instansi/${i.agency.slug}`} className="underline">
              {t("board.scorecard")}
            </Link>
          </>
        )}
      </p>
      {i.updates.length > 0 && (
        <ol className="space-y-1 border-l-2 border-brand-700 pl-3 text-sm" aria-label={t("board.timeline")}>
          {i.updates.map((u, n) => (
            <li key={n}>
              <span className="font-medium">
                {when(u.at)} · {t(`incidentPublicStatus.${u.status as "resolved"}`)}
              </span>
              {u.byAgency && <span className="text-slate-700"> ({t("board.byAgency")})</span>} — <UpdateText update={u} />
            </li>
          ))}
        </ol>
      )}
    </li>
  );
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold">{t("board.title")}</h1>
        <p className="text-slate-700">{t("board.lead")}</p>
        <p>
          <Link href="/peta" className="underline">
            {t("board.mapLink")}
          </Link>
        </p>
      </header>
      <section aria-labelledby="active" className="space-y-2">
        <h2 id="active" className="text-xl font-semibold">
          {t("board.active")}
        </h2>
        {board.active.length === 0 ? (
          <p>{t("board.noneActive")}</p>
        ) : (
          <ul className="space-y-3">
            {board.active.map((i) => (
              <Incident key={i.code} i={i} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="resolved" className="space-y-2">
        <h2 id="resolved" className="text-xl font-semibold">
          {t("board.resolved")}
        </h2>
        {board.resolved.length === 0 ? (
          <p>{t("board.noneResolved")}</p>
        ) : (
          <ul className="space-y-3">
            {board.resolved.map((i) => (
              <Incident key={i.code} i={i} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="history" className="space-y-2">
        <h2 id="history" className="text-xl font-semibold">
          {t("board.history")}
        </h2>
        <ul className="space-y-3">
          {board.history.map((h) => {
            const disrupted = h.days.filter((d) => d.severity).length;
            const measured = h.days.flatMap((d) => (d.uptime === null ? [] : [{ ...d, uptime: d.uptime }]));
            const mean = measured.length ? measured.reduce((n, d) => n + d.uptime, 0) / measured.length : null;
            const below = measured.filter((d) => d.uptime < 1);
            return (
              <li key={`${h.agency.id}-${h.service.id}`} className="space-y-1" data-testid="service-history">
                <p className="text-sm font-medium">
                  {h.service[locale]} <span className="font-normal text-slate-700">· {h.agency[locale]}</span>
                  {h.monitor && (
                    <span className={`ml-2 rounded px-2 text-xs font-semibold ${MONITOR_STATE_COLOUR[h.monitor.state]}`} data-testid="monitor-state">
                      {h.monitor.state === "down" && h.monitor.since
                        ? t("board.monitorDownSince", { since: when(h.monitor.since) })
                        : t(`board.monitorState.${h.monitor.state}`)}
                    </span>
                  )}
                </p>
                <div className="flex gap-px" aria-hidden="true">
                  {daySegments(h.days, (d) => (d.severity ? d.severity : d.uptime !== null && d.uptime < UPTIME_AMBER ? "below" : "normal")).map(
                    (seg) => {
                      const uptimes = seg.days.flatMap((d) => (d.uptime === null ? [] : [d.uptime]));
                      return (
                        <span
                          key={seg.from}
                          title={[
                            seg.days.length > 1 ? `${formatDay(seg.from)} – ${formatDay(seg.to)}` : formatDay(seg.from),
                            seg.kind === "normal"
                              ? t("board.historyNone")
                              : seg.kind === "below"
                                ? t("board.uptimeBelowShort")
                                : t(`board.severity.${seg.kind as "major"}`),
                            ...(uptimes.length > 0
                              ? [t("board.uptimeDay", { value: percent(uptimes.reduce((a, b) => a + b, 0) / uptimes.length) })]
                              : []),
                          ].join(" · ")}
                          style={{ flexGrow: seg.days.length }}
                          className={`h-6 basis-0 rounded-sm ${SEVERITY_COLOUR[seg.kind] ?? (seg.kind === "below" ? "bg-amber-400" : "bg-emerald-600")}`}
                        />
                      );
                    },
                  )}
                </div>
                <p className="text-xs text-slate-700">
                  {t("board.historySummary", { days: disrupted })}
                  {mean !== null && (
                    <>
                      {" "}
                      {t("board.uptimeSummary", { value: percent(mean), days: measured.length })}{" "}
                      {below.length > 0 &&
                        t("board.uptimeBelow", { days: below.map((d) => `${formatDay(d.day)} (${percent(d.uptime)})`).join(", ") })}
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}

"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useLocale, useNow, useTranslations } from "next-intl";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/app/_components/form/button";

export type JoinChoice = { incidentId?: string; complaintId?: string; label: string };

/** "Already reported?": what is being handled on this service or at this place, with a "me too" button. */
export function SimilarReports({ serviceId, placeId, onJoin }: { serviceId: string; placeId: string; onJoin: (choice: JoinChoice) => void }) {
  const trpc = useTRPC();
  const t = useTranslations();
  const locale = useLocale() as "id" | "en";
  const format = useFormatter();
  const enabled = Boolean(serviceId || placeId);
  const { data } = useQuery({
    ...trpc.complaint.similar.queryOptions({ serviceId: serviceId || undefined, placeId: placeId || undefined }),
    enabled,
  });
  // Relative to the browser's clock, said explicitly (next-intl has no `now` of its own on the client).
  const now = useNow({ updateInterval: 60_000 });
  if (!enabled || !data || (data.incidents.length === 0 && data.recent.length === 0)) return null;
  const relative = (d: Date | null) => (d ? format.relativeTime(d, now) : "");
  return (
    <section aria-labelledby="similar-title" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3" data-testid="similar-reports">
      <h2 id="similar-title" className="font-semibold">
        {t("report.similarTitle")}
      </h2>
      <p className="text-sm text-slate-800">{t("report.similarLead")}</p>
      <ul className="space-y-2">
        {data.incidents.map((i) => (
          <li key={i.id} className="rounded-md bg-white p-2">
            <p className="font-medium">{i.title[locale]}</p>
            <p className="text-sm text-slate-700">{t("report.similarIncident", { count: i.reportCount, time: relative(i.lastReportAt) })}</p>
            <Button size="sm" className="mt-1" type="button" onClick={() => onJoin({ incidentId: i.id, label: i.title[locale] })}>
              {t("report.meToo")}
            </Button>
          </li>
        ))}
        {data.recent.map((r) => (
          <li key={r.id} className="rounded-md bg-white p-2">
            <p className="font-medium">{[r.serviceName?.[locale], r.placeName].filter(Boolean).join(" · ")}</p>
            <p className="text-sm text-slate-700">
              {t("report.similarRecent", { category: t(`categories.${r.category as "other"}`), time: relative(r.createdAt) })}
            </p>
            <Button
              size="sm"
              className="mt-1"
              type="button"
              onClick={() => onJoin({ complaintId: r.id, label: t("report.joiningRecent", { time: relative(r.createdAt) }) })}
            >
              {t("report.meToo")}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

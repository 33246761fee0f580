"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { Locale } from "@/server/db/schema/constants";
import { formatWib } from "@/server/i18n/jakarta-time";
import { localizedPath } from "@/server/i18n/locale";
import { pendingReports, removePending, sentReports, type PendingReport, type SentReport } from "@/app/_sw/device-reports";
import { saveDraft, type Draft } from "./draft-store";
import { onWorkerMessage } from "./offline-send";

/** "Reports from this device": their tracking codes, and those still waiting for a network. Read from the device only. */
export function DeviceReportsList() {
  const t = useTranslations("report");
  const locale = useLocale() as Locale;
  const [sent, setSent] = useState<SentReport[]>([]);
  const [pending, setPending] = useState<Array<PendingReport<Draft>>>([]);
  useEffect(() => {
    const read = () =>
      void Promise.all([sentReports(), pendingReports<Draft>()])
        .then(([s, p]) => (setSent(s), setPending(p)))
        .catch(() => undefined);
    read();
    return onWorkerMessage(read);
  }, []);
  if (sent.length === 0 && pending.length === 0) return null;

  // A report the server refused goes back into the form, files included, to be corrected and sent again.
  const reopen = async (p: PendingReport<Draft>) => {
    await saveDraft(p.draft);
    await removePending(p.key);
    location.reload();
  };
  return (
    <section aria-labelledby="device-title" className="space-y-2 rounded-lg border border-slate-300 bg-white p-3" data-testid="device-reports">
      <h2 id="device-title" className="font-semibold">
        {t("deviceTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("deviceHint")}</p>
      <ul className="space-y-1 text-sm">
        {pending.map((p) => (
          <li key={p.key} data-testid="device-pending">
            {p.refusal ? (
              <span className="flex flex-wrap items-center gap-2">
                <span className="text-red-800">{t("deviceRefused", { reason: p.refusal })}</span>
                <button type="button" onClick={() => void reopen(p)} className="font-medium text-brand-800 underline">
                  {t("deviceReopen")}
                </button>
              </span>
            ) : (
              t("devicePending", { time: formatWib(locale, p.queuedAt) })
            )}
          </li>
        ))}
        {sent.map((s) => (
          <li key={s.key} data-testid="device-sent">
            <a href={localizedPath(locale, `/track/${s.code}`)} className="font-mono font-semibold text-brand-800 underline">
              {s.code}
            </a>{" "}
            · {t("deviceSent", { time: formatWib(locale, s.sentAt) })}
          </li>
        ))}
      </ul>
    </section>
  );
}

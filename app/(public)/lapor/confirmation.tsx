"use client";

import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/server/db/schema/constants";
import { localizedPath } from "@/server/i18n/locale";
import { useEffect, useState } from "react";

export function Confirmation({ code, joined, onAnother }: { code: string; joined: boolean; onAnother: () => void }) {
  const t = useTranslations("report");
  const locale = useLocale() as Locale;
  const [copied, setCopied] = useState(false);
  // Copy and share need a script and a browser that has them: shown once the page is running, so the server's
  // HTML (also the answer to a form posted without JavaScript) and the first render agree.
  const [actions, setActions] = useState({ copy: false, share: false });
  useEffect(() => setActions({ copy: Boolean(navigator.clipboard), share: "share" in navigator }), []);
  const share = async () => {
    try {
      await navigator.share({ text: t("shareText", { code }), url: `${location.origin}/track/${code}` });
    } catch {
      // dismissed or unsupported
    }
  };
  return (
    <section aria-labelledby="done-title" className="space-y-4 rounded-lg border border-brand-700 bg-white p-4" data-testid="confirmation">
      <h1 id="done-title" className="text-2xl font-bold" tabIndex={-1}>
        {t("doneTitle")}
      </h1>
      <p>{t("doneLead")}</p>
      {joined && <p className="text-slate-800">{t("joinedIncident")}</p>}
      <p className="text-sm text-slate-700">{t("codeLabel")}</p>
      <p className="font-mono text-3xl font-bold tracking-wider" data-testid="tracking-code">
        {code}
      </p>
      <div className="flex flex-wrap gap-2">
        {actions.copy && (
          <button
            type="button"
            onClick={() => void navigator.clipboard.writeText(code).then(() => setCopied(true))}
            className="rounded-md border border-brand-800 px-4 py-2 font-medium text-brand-800"
          >
            {copied ? t("copied") : t("copy")}
          </button>
        )}
        {actions.share && (
          <button type="button" onClick={() => void share()} className="rounded-md border border-brand-800 px-4 py-2 font-medium text-brand-800">
            {t("share")}
          </button>
        )}
        <a href={localizedPath(locale, `/track/${code}`)} className="rounded-md bg-brand-800 px-4 py-2 font-semibold text-white">
          {t("openTracking")}
        </a>
      </div>
      <button type="button" onClick={onAnother} className="text-sm text-brand-800 underline">
        {t("another")}
      </button>
    </section>
  );
}

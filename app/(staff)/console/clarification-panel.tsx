"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CLARIFICATION_METHODS } from "@/server/db/schema/constants";
import { AttachmentLinks } from "@/app/_components/attachment-links";
import { inputClass } from "@/app/_components/field";
import { useTRPC } from "@/app/_trpc/client";
import { endOfJakartaDay } from "@/server/i18n/jakarta-time";
import { errorLineOf } from "@/app/_components/field-errors";
import { Button } from "@/app/_components/form/button";

export type SentRequest = {
  id: string;
  agencyName: string;
  sequence: number;
  status: string;
  questions: string;
  dueLabel: string;
  overdue: boolean;
  responses: Array<{ id: string; body: string; atLabel: string; attachments: Array<{ id: string; name: string }> }>;
};

/** Ask an agency, against a deadline, choosing which reports it may read. */
export function ClarificationPanel({
  subject,
  agencies,
  defaultAgencyId,
  evidence,
  sent,
}: {
  subject: { incidentId: string } | { complaintId: string };
  agencies: Array<{ id: string; name: string }>;
  defaultAgencyId: string | null;
  evidence: Array<{ id: string; label: string }>;
  sent: SentRequest[];
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [agencyId, setAgencyId] = useState(defaultAgencyId ?? "");
  const [method, setMethod] = useState<(typeof CLARIFICATION_METHODS)[number]>("written");
  const [questions, setQuestions] = useState("");
  const [dueAt, setDueAt] = useState("");
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const send = useMutation(
    trpc.clarification.send.mutationOptions({
      onSuccess: () => (setQuestions(""), setPicked(new Set()), setMessage(t("clarification.sent")), router.refresh()),
      onError: (e) => setMessage(errorLineOf(e)),
    }),
  );
  return (
    <div className="space-y-3">
      {sent.length === 0 ? (
        <p className="text-sm">{t("clarification.none")}</p>
      ) : (
        <ul className="space-y-2 text-sm" data-testid="clarifications">
          {sent.map((r) => (
            <li key={r.id} className="rounded bg-slate-50 p-2">
              <p className="font-medium">
                {r.agencyName} · #{r.sequence} · {t(`agency.status.${r.status as "open"}`)} ·{" "}
                <span className={r.overdue ? "rounded bg-red-700 px-1 text-white" : ""}>{r.dueLabel}</span>
              </p>
              <p className="whitespace-pre-line">{r.questions}</p>
              {r.responses.map((x) => (
                <div key={x.id} className="mt-1 border-l-2 border-brand-700 pl-2">
                  <p className="whitespace-pre-line">
                    {x.atLabel} — {x.body}
                  </p>
                  <AttachmentLinks files={x.attachments} />
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          send.mutate({
            ...subject,
            agencyId,
            method,
            questions,
            dueAt: dueAt ? endOfJakartaDay(dueAt) : undefined,
            evidenceComplaintIds: [...picked],
          });
        }}
      >
        {message && (
          <p role="status" className="text-sm">
            {message}
          </p>
        )}
        <label className="block text-sm font-medium">
          {t("clarification.agency")}
          <select name="agencyId" value={agencyId} onChange={(e) => setAgencyId(e.target.value)} className={`${inputClass} mt-1`}>
            <option value="">—</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-medium">
          {t("clarification.method")}
          <select value={method} onChange={(e) => setMethod(e.target.value as "written")} className={`${inputClass} mt-1`}>
            {CLARIFICATION_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`agency.methods.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-medium">
          {t("clarification.questions")}
          <textarea name="questions" value={questions} onChange={(e) => setQuestions(e.target.value)} rows={4} className={`${inputClass} mt-1`} />
        </label>
        <label className="block text-sm font-medium">
          {t("clarification.dueAt")}
          <input type="date" value={dueAt} onChange={(e) => setDueAt(e.target.value)} className={`${inputClass} mt-1`} />
        </label>
        {evidence.length > 0 && (
          <fieldset className="min-w-0 max-h-48 space-y-1 overflow-auto rounded border border-slate-200 p-2 text-sm">
            <legend className="font-medium">{t("clarification.evidence")}</legend>
            {evidence.map((e) => (
              <label key={e.id} className="flex min-w-0 gap-2">
                <input
                  type="checkbox"
                  checked={picked.has(e.id)}
                  onChange={() => setPicked((s) => (s.has(e.id) ? new Set([...s].filter((x) => x !== e.id)) : new Set([...s, e.id])))}
                />
                <span className="min-w-0 truncate">{e.label}</span>
              </label>
            ))}
          </fieldset>
        )}
        <Button disabled={!agencyId || send.isPending}>{t("clarification.send")}</Button>
      </form>
    </div>
  );
}

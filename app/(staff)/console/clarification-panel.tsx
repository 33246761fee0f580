"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { CLARIFICATION_METHODS } from "@/server/db/schema/constants";
import { AttachmentLinks } from "@/app/_components/attachment-links";
import { useTRPC } from "@/app/_trpc/client";
import { endOfJakartaDay } from "@/server/i18n/jakarta-time";
import { Button } from "@/app/_components/form/button";
import { FormStatus } from "@/app/_components/form/form-status";
import { SelectField } from "@/app/_components/form/select-field";
import { TextAreaField, TextField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";

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

const NEW_REQUEST = { agencyId: "", method: "written" as (typeof CLARIFICATION_METHODS)[number], questions: "", dueAt: "" };

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
  const f = useMutationForm({ ...NEW_REQUEST, agencyId: defaultAgencyId ?? "" });
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const send = useMutation(trpc.clarification.send.mutationOptions({ ...f.options, onSuccess: () => (f.options.onSuccess(), setPicked(new Set())) }));
  const toggle = (id: string) => setPicked((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  return (
    <div className="space-y-3">
      <SentRequests sent={sent} />
      <form
        className="space-y-2"
        onSubmit={f.submit(send, (v) => ({
          ...subject,
          ...v,
          dueAt: v.dueAt ? endOfJakartaDay(v.dueAt) : undefined,
          evidenceComplaintIds: [...picked],
        }))}
      >
        <SelectField
          {...f.field("agencyId")}
          label={t("clarification.agency")}
          options={[["", "—"], ...agencies.map((a) => [a.id, a.name] as const)]}
        />
        <SelectField
          {...f.field("method")}
          label={t("clarification.method")}
          options={CLARIFICATION_METHODS.map((m) => [m, t(`agency.methods.${m}`)] as const)}
        />
        <TextAreaField {...f.field("questions")} label={t("clarification.questions")} rows={4} />
        <TextField {...f.field("dueAt")} label={t("clarification.dueAt")} type="date" />
        {evidence.length > 0 && (
          <fieldset className="min-w-0 max-h-48 space-y-1 overflow-auto rounded border border-slate-200 p-2 text-sm">
            <legend className="font-medium">{t("clarification.evidence")}</legend>
            {evidence.map((e) => (
              <label key={e.id} className="flex min-w-0 gap-2">
                <input type="checkbox" checked={picked.has(e.id)} onChange={() => toggle(e.id)} />
                <span className="min-w-0 truncate">{e.label}</span>
              </label>
            ))}
          </fieldset>
        )}
        <FormStatus errors={f.errors} saved={f.saved} savedText={t("clarification.sent")} />
        <Button disabled={!f.values.agencyId || send.isPending}>{t("clarification.send")}</Button>
      </form>
    </div>
  );
}

/** The requests already sent on this subject, with the agency's answers under each. */
function SentRequests({ sent }: { sent: SentRequest[] }) {
  const t = useTranslations();
  if (sent.length === 0) return <p className="text-sm">{t("clarification.none")}</p>;
  return (
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
  );
}

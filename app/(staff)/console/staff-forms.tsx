"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { inputClass } from "@/app/_components/field";
import { useTRPC } from "@/app/_trpc/client";
import { fieldErrorsOf, type FieldErrors } from "@/app/_components/field-errors";
import { Button } from "@/app/_components/form/button";

type Errors = FieldErrors | null;

function ErrorText({ errors, field }: { errors: Errors; field: string }) {
  const list = errors?.[field];
  return list?.length ? (
    <p className="text-sm font-medium text-red-700" data-field-error={field}>
      {list.join(" ")}
    </p>
  ) : null;
}

/** Runs one procedure action against the version the page showed; a stale version is refused by the server. */
export function ProcedurePanel({ complaintId, version, actions }: { complaintId: string; version: number; actions: string[] }) {
  const t = useTranslations("console");
  const trpc = useTRPC();
  const router = useRouter();
  const [action, setAction] = useState("");
  const [reason, setReason] = useState("");
  const [publicNote, setPublicNote] = useState("");
  const [errors, setErrors] = useState<Errors>(null);
  const run = useMutation(
    trpc.procedure.transition.mutationOptions({
      onSuccess: () => {
        setErrors(null);
        setAction("");
        setReason("");
        setPublicNote("");
        router.refresh();
      },
      onError: (e) => setErrors(fieldErrorsOf(e)),
    }),
  );
  if (actions.length === 0) return null;
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        run.mutate({
          complaintId,
          action: action as "start_verification",
          expectedVersion: version,
          reason: reason || undefined,
          publicNote: publicNote || undefined,
        });
      }}
    >
      <ErrorText errors={errors} field="_form" />
      <label className="block text-sm font-medium">
        {t("action")}
        <select value={action} onChange={(e) => setAction(e.target.value)} required className={`${inputClass} mt-1`} name="action">
          <option value="">{t("chooseAction")}</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {t(`actions.${a as "reopen"}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm font-medium">
        {t("reason")}
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} className={`${inputClass} mt-1`} name="reason" />
      </label>
      <ErrorText errors={errors} field="reason" />
      <label className="block text-sm font-medium">
        {t("publicNote")}
        <textarea value={publicNote} onChange={(e) => setPublicNote(e.target.value)} rows={2} className={`${inputClass} mt-1`} name="publicNote" />
      </label>
      {["publicNote", "identity", "incident", "deadlinePassed"].map((f) => (
        <ErrorText key={f} errors={errors} field={f} />
      ))}
      <Button disabled={!action || run.isPending}>{t("submitAction")}</Button>
    </form>
  );
}

/** A note (staff only) or a message to the reporter, with optional canned text. */
export function TextForm({
  complaintId,
  kind,
  canned = [],
}: {
  complaintId: string;
  kind: "note" | "message";
  canned?: Array<{ key: string; title: string; body: string }>;
}) {
  const t = useTranslations("console");
  const trpc = useTRPC();
  const router = useRouter();
  const [body, setBody] = useState("");
  const [errors, setErrors] = useState<Errors>(null);
  const options = { onSuccess: () => (setBody(""), setErrors(null), router.refresh()), onError: (e: unknown) => setErrors(fieldErrorsOf(e)) };
  const note = useMutation(trpc.complaint.addNote.mutationOptions(options));
  const message = useMutation(trpc.complaint.messageReporter.mutationOptions(options));
  const id = `${kind}-body`;
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        (kind === "note" ? note : message).mutate({ complaintId, body });
      }}
    >
      {canned.length > 0 && (
        <label className="block text-sm">
          {t("canned")}{" "}
          <select
            onChange={(e) => setBody(canned.find((c) => c.key === e.target.value)?.body ?? body)}
            defaultValue=""
            className="rounded border border-slate-400 px-2 py-1"
          >
            <option value="">—</option>
            {canned.map((c) => (
              <option key={c.key} value={c.key}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
      )}
      <label htmlFor={id} className="sr-only">
        {kind === "note" ? t("addNote") : t("sendMessage")}
      </label>
      <textarea id={id} value={body} onChange={(e) => setBody(e.target.value)} rows={3} className={inputClass} />
      <ErrorText errors={errors} field="body" />
      <button type="submit" className="rounded-md border border-brand-800 px-3 py-1.5 text-sm font-semibold text-brand-800">
        {kind === "note" ? t("addNote") : t("sendMessage")}
      </button>
    </form>
  );
}

export function LinkIncidentButton({ complaintId, incidentId, label }: { complaintId: string; incidentId: string; label: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const link = useMutation(trpc.complaint.linkIncident.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Button size="sm" type="button" onClick={() => link.mutate({ complaintIds: [complaintId], incidentId })}>
      {label}
    </Button>
  );
}

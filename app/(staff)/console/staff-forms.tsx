"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormError } from "@/app/_components/form-error";
import { Button } from "@/app/_components/form/button";
import { SelectField } from "@/app/_components/form/select-field";
import { TextAreaField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { useTRPC } from "@/app/_trpc/client";
import type { RouterOutputs } from "@/app/_trpc/types";

type Action = RouterOutputs["complaint"]["detail"]["actions"][number];
const NO_ACTION = { action: "" as Action | "", reason: "", publicNote: "" };

/** Runs one procedure action against the version the page showed; a stale version is refused by the server. */
export function ProcedurePanel({ complaintId, version, actions }: { complaintId: string; version: number; actions: Action[] }) {
  const t = useTranslations("console");
  const trpc = useTRPC();
  const f = useMutationForm(NO_ACTION);
  const run = useMutation(trpc.procedure.transition.mutationOptions(f.options));
  const { action } = f.values;
  if (actions.length === 0) return null;
  return (
    <form
      className="space-y-3"
      onSubmit={
        action === ""
          ? (e) => e.preventDefault()
          : f.submit(run, (v) => ({
              complaintId,
              action,
              expectedVersion: version,
              reason: v.reason || undefined,
              publicNote: v.publicNote || undefined,
            }))
      }
    >
      <SelectField
        {...f.field("action")}
        label={t("action")}
        required
        options={[["", t("chooseAction")], ...actions.map((a) => [a, t(`actions.${a}`)] as const)]}
      />
      <TextAreaField {...f.field("reason")} label={t("reason")} rows={2} />
      <TextAreaField {...f.field("publicNote")} label={t("publicNote")} rows={2} />
      <FormError errors={f.errors} also={["identity", "incident", "deadlinePassed"]} />
      <Button disabled={action === "" || run.isPending}>{t("submitAction")}</Button>
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
  const f = useMutationForm({ body: "" });
  const note = useMutation(trpc.complaint.addNote.mutationOptions(f.options));
  const message = useMutation(trpc.complaint.messageReporter.mutationOptions(f.options));
  const label = kind === "note" ? t("addNote") : t("sendMessage");
  return (
    <form className="space-y-2" onSubmit={f.submit(kind === "note" ? note : message, (v) => ({ complaintId, body: v.body }))}>
      {canned.length > 0 && (
        <label className="block text-sm">
          {t("canned")}{" "}
          <select
            onChange={(e) => f.setValues((v) => ({ body: canned.find((c) => c.key === e.target.value)?.body ?? v.body }))}
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
      <TextAreaField {...f.field("body")} id={`${kind}-body`} label={label} rows={3} />
      <FormError errors={f.errors} />
      <Button variant="secondary" size="sm">
        {label}
      </Button>
    </form>
  );
}

/** An investigator has looked at a low rating: it leaves the dashboard. */
export function ReviewRatingButton({ complaintId, label }: { complaintId: string; label: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const review = useMutation(trpc.complaint.reviewRating.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Button size="sm" type="button" disabled={review.isPending} onClick={() => review.mutate({ complaintId })}>
      {label}
    </Button>
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

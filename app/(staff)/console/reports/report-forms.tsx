"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import {
  MALADMINISTRATION_TYPES,
  RECOMMENDATION_STATUSES,
  type MaladministrationType,
  type RecommendationStatus,
} from "@/server/db/schema/constants";
import { Field, inputClass } from "@/app/_components/field";
import { fieldErrorsOf, type FieldErrors } from "@/app/_components/field-errors";
import { useMutationStatus } from "@/app/_components/use-mutation-status";
import { useTRPC } from "@/app/_trpc/client";
import { endOfJakartaDay, toWibInput } from "@/server/i18n/jakarta-time";
import type { RouterOutputs } from "@/app/_trpc/types";
import { FormError } from "@/app/_components/form-error";

const button = "rounded-md bg-brand-800 px-4 py-2 font-semibold text-white disabled:opacity-60";

export function CreateReportForm({ incidentId, suggestedTitle }: { incidentId: string; suggestedTitle: string }) {
  const t = useTranslations("reports");
  const trpc = useTRPC();
  const router = useRouter();
  const [title, setTitle] = useState(suggestedTitle);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useMutation(
    trpc.report.create.mutationOptions({ onSuccess: (r) => router.push(`/console/reports/${r.id}`), onError: (e) => setErrors(fieldErrorsOf(e)) }),
  );
  return (
    <form className="space-y-3" onSubmit={(e) => (e.preventDefault(), create.mutate({ title, incidentIds: [incidentId] }))}>
      <Field id="report-title" label={t("reportTitle")} errors={errors.title ?? errors.incidentIds} required>
        {(d, invalid) => (
          <input
            id="report-title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-describedby={d}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <FormError errors={errors} />
      <button type="submit" disabled={create.isPending} className={button}>
        {t("create")}
      </button>
    </form>
  );
}

type Draft = RouterOutputs["report"]["get"];

/** The report's text, saved against the version the author loaded ("changed meanwhile" otherwise). */
export function ReportEditor({ report }: { report: Draft }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [form, setForm] = useState(report);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  // A recommendation added beside the editor moves the report's version: with nothing typed here, take the report
  // as it now is; with unsaved text, keep it and let the save answer "changed meanwhile" rather than lose it.
  useEffect(() => {
    if (!dirty && report.version > form.version) setForm(report);
  }, [report, dirty, form.version]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => (setForm((f) => ({ ...f, [key]: value })), setSaved(false), setDirty(true));
  const save = useMutation(
    trpc.report.update.mutationOptions({
      onSuccess: (r) => (setForm((f) => ({ ...f, version: r.version })), setDirty(false), setErrors({}), setSaved(true), router.refresh()),
      onError: (e) => setErrors(fieldErrorsOf(e)),
    }),
  );
  const editable = form.status !== "withdrawn";
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          reportId: form.id,
          expectedVersion: form.version,
          title: form.title,
          summary: form.summary,
          bodyMd: form.bodyMd,
          findings: form.findings,
          maladministrationTypes: form.maladministrationTypes as MaladministrationType[],
          timeline: form.timeline,
        });
      }}
    >
      <Field id="title" label={t("reports.reportTitle")} errors={errors.title} required>
        {(d, invalid) => (
          <input
            id="title"
            value={form.title}
            onChange={(e) => set("title", e.target.value)}
            aria-describedby={d}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="summary" label={t("reports.summary")} errors={errors.summary}>
        {(d, invalid) => (
          <textarea
            id="summary"
            rows={3}
            value={form.summary}
            onChange={(e) => set("summary", e.target.value)}
            aria-describedby={d}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="bodyMd" label={t("reports.body")} hint={t("reports.bodyHint")} errors={errors.bodyMd}>
        {(d, invalid) => (
          <textarea
            id="bodyMd"
            rows={10}
            value={form.bodyMd}
            onChange={(e) => set("bodyMd", e.target.value)}
            aria-describedby={d}
            aria-invalid={invalid}
            className={`${inputClass} font-mono text-sm`}
          />
        )}
      </Field>
      <Field id="findings" label={t("reports.findings")} errors={errors.findings}>
        {(d, invalid) => (
          <textarea
            id="findings"
            rows={5}
            value={form.findings}
            onChange={(e) => set("findings", e.target.value)}
            aria-describedby={d}
            aria-invalid={invalid}
            className={`${inputClass} font-mono text-sm`}
          />
        )}
      </Field>
      <fieldset className="space-y-1">
        <legend className="font-medium">{t("reports.maladministration")}</legend>
        {MALADMINISTRATION_TYPES.map((m) => (
          <label key={m} className="mr-4 inline-flex items-center gap-1 text-sm">
            <input
              type="checkbox"
              checked={form.maladministrationTypes.includes(m)}
              onChange={(e) =>
                set(
                  "maladministrationTypes",
                  e.target.checked ? [...form.maladministrationTypes, m] : form.maladministrationTypes.filter((x) => x !== m),
                )
              }
            />
            {t(`maladministration.${m}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="min-w-0 space-y-2">
        <legend className="font-medium">{t("reports.timeline")}</legend>
        {form.timeline.map((entry, i) => (
          <div key={i} className="flex flex-wrap gap-2">
            {/* Stored instants are shown in WIB; what is typed stays as typed, and the server reads a time without a zone as WIB. */}
            <input
              type="datetime-local"
              aria-label={t("reports.timelineAt")}
              value={/(Z|[+-]\d{2}:\d{2})$/.test(entry.at) ? toWibInput(new Date(entry.at)) : entry.at}
              onChange={(e) =>
                set(
                  "timeline",
                  form.timeline.map((x, j) => (j === i ? { ...x, at: e.target.value } : x)),
                )
              }
              className={`${inputClass} w-56 text-sm`}
            />
            <input
              aria-label={t("reports.timelineText")}
              value={entry.text}
              onChange={(e) =>
                set(
                  "timeline",
                  form.timeline.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)),
                )
              }
              className={`${inputClass} min-w-0 flex-1 text-sm`}
            />
            <button
              type="button"
              className="text-sm underline"
              onClick={() =>
                set(
                  "timeline",
                  form.timeline.filter((_, j) => j !== i),
                )
              }
            >
              {t("reports.remove")}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="text-sm underline"
          onClick={() => set("timeline", [...form.timeline, { at: toWibInput(new Date()), text: "" }])}
        >
          {t("reports.addEntry")}
        </button>
        {Object.entries(errors)
          .filter(([k]) => k.startsWith("timeline"))
          .map(([k, v]) => (
            <p key={k} className="text-sm text-red-700">
              {v.join(" ")}
            </p>
          ))}
      </fieldset>
      <FormError errors={errors} />
      {form.status === "published" && (
        <p className="text-sm text-slate-700" data-testid="correction-hint">
          {t("reports.correctionHint")}
        </p>
      )}
      {saved && <p role="status">{t("reports.saved")}</p>}
      {editable && (
        <button type="submit" disabled={save.isPending} className={button}>
          {t("reports.save")}
        </button>
      )}
    </form>
  );
}

export function AddRecommendationForm({ reportId, agencies }: { reportId: string; agencies: Array<{ id: string; name: string }> }) {
  const t = useTranslations("reports");
  const trpc = useTRPC();
  const [agencyId, setAgencyId] = useState("");
  const [body, setBody] = useState("");
  const [dueAt, setDueAt] = useState("");
  const { errors, options } = useMutationStatus(() => setBody(""));
  const add = useMutation(trpc.report.addRecommendation.mutationOptions(options));
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => (e.preventDefault(), add.mutate({ reportId, agencyId, body, dueAt: dueAt ? endOfJakartaDay(dueAt) : undefined }))}
    >
      <Field id="rec-agency" label={t("recAgency")} errors={errors.agencyId} required>
        {(d, invalid) => (
          <select
            id="rec-agency"
            value={agencyId}
            onChange={(e) => setAgencyId(e.target.value)}
            aria-describedby={d}
            aria-invalid={invalid}
            className={inputClass}
          >
            <option value="">—</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="rec-body" label={t("recBody")} errors={errors.body} required>
        {(d, invalid) => (
          <textarea
            id="rec-body"
            rows={3}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            aria-describedby={d}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="rec-due" label={t("recDue")} errors={errors.dueAt} required>
        {(d, invalid) => (
          <input
            id="rec-due"
            type="date"
            value={dueAt}
            onChange={(e) => setDueAt(e.target.value)}
            aria-describedby={d}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <FormError errors={errors} />
      <button type="submit" disabled={add.isPending} className={button}>
        {t("addRecommendation")}
      </button>
    </form>
  );
}

/** Submit for review (investigator) and publish or publish a correction (admin). */
export function ReportActions({
  reportId,
  version,
  status,
  publishedVersion,
  isAdmin,
}: {
  reportId: string;
  version: number;
  status: string;
  publishedVersion: number;
  isAdmin: boolean;
}) {
  const t = useTranslations("reports");
  const trpc = useTRPC();
  const router = useRouter();
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const onError = (e: unknown) => setErrors(fieldErrorsOf(e));
  const submit = useMutation(trpc.report.submit.mutationOptions({ onSuccess: () => (setMessage(t("submitted")), router.refresh()), onError }));
  const publish = useMutation(
    trpc.report.publish.mutationOptions({
      onSuccess: (r) => (setErrors({}), setMessage(t("published", { version: r.version })), router.refresh()),
      onError,
    }),
  );
  const correction = publishedVersion > 0;
  return (
    <div className="space-y-2">
      {status === "draft" && (
        <button type="button" className={button} onClick={() => submit.mutate({ reportId })}>
          {t("submit")}
        </button>
      )}
      {isAdmin && (status === "in_review" || status === "published") && (
        <form
          className="space-y-2"
          onSubmit={(e) => (
            e.preventDefault(),
            publish.mutate({ reportId, expectedVersion: version, correctionNote: correction ? note : undefined })
          )}
        >
          {correction && (
            <Field id="correction-note" label={t("correctionNote")} errors={errors.correctionNote} required>
              {(d, invalid) => (
                <textarea
                  id="correction-note"
                  rows={2}
                  value={note}
                  onChange={(e) => setNote(e.target.value)}
                  aria-describedby={d}
                  aria-invalid={invalid}
                  className={inputClass}
                />
              )}
            </Field>
          )}
          <button type="submit" className={button}>
            {correction ? t("publishCorrection") : t("publish")}
          </button>
        </form>
      )}
      <FormError errors={errors} />
      {message && <p role="status">{message}</p>}
    </div>
  );
}

export function DecideRecommendationForm({
  recommendationId,
  version,
  status,
}: {
  recommendationId: string;
  version: number;
  status: RecommendationStatus;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [next, setNext] = useState<RecommendationStatus>(status);
  const [note, setNote] = useState("");
  const { errors, options } = useMutationStatus(() => setNote(""));
  const decide = useMutation(trpc.recommendation.decide.mutationOptions(options));
  const id = `decide-${recommendationId}`;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => (e.preventDefault(), decide.mutate({ recommendationId, status: next, note, expectedVersion: version }))}
    >
      <label className="text-sm">
        <span className="block">{t("reports.decide")}</span>
        <select value={next} onChange={(e) => setNext(e.target.value as RecommendationStatus)} className={inputClass}>
          {RECOMMENDATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`recommendationStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={id} className="min-w-0 flex-1 text-sm">
        <span className="block">{t("reports.decisionNote")}</span>
        <input id={id} value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={Boolean(errors.note)} className={inputClass} />
      </label>
      <button type="submit" className={button}>
        {t("reports.save")}
      </button>
      {Object.values(errors).flat().length > 0 && (
        <p role="alert" className="w-full text-sm text-red-700">
          {Object.values(errors).flat().join(" ")}
        </p>
      )}
    </form>
  );
}

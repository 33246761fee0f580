"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { OptionSelect, type SelectOption } from "@/app/_components/option-select";
import { Field, inputClass } from "@/app/_components/field";
import { TextField } from "@/app/_components/form/text-field";
import { fieldErrorsOf, type FieldErrors } from "@/app/_components/field-errors";
import { useTRPC } from "@/app/_trpc/client";
import { SuggestionChips } from "@/app/(staff)/console/suggestion-chips";
import { COMPLAINT_CATEGORIES, STAFF_INTAKE_CHANNELS } from "@/server/db/schema/constants";
import { wibInstant } from "@/server/i18n/jakarta-time";
import { blank, newKey, useSettled, type Form } from "./record-form-state";
import { Button } from "@/app/_components/form/button";

/** A report taken by phone, by letter or at the desk, with triage's suggestions filled in as it is typed. */
export function RecordForm({ options }: { options: { topic: SelectOption[]; service: SelectOption[]; place: SelectOption[] } }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [form, setForm] = useState<Form>(blank);
  const [key, setKey] = useState(newKey);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<{ code: string; id: string } | null>(null);
  const text = useSettled(form.description, 400);
  const suggestions = useQuery(trpc.triage.suggest.queryOptions({ text }, { enabled: text.trim().length >= 8, placeholderData: (old) => old }));
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const record = useMutation(
    trpc.triage.record.mutationOptions({
      onSuccess: (r) => {
        setDone({ code: r.trackingCode, id: r.complaintId });
        setErrors({});
        setForm(blank());
        setKey(newKey());
      },
      onError: (e) => setErrors(fieldErrorsOf(e)),
    }),
  );
  const s = suggestions.data;
  // Places triage found in the text (a city, a province) join the landmarks people pick from.
  const places = [...options.place, ...(s?.place ?? []).map((p) => ({ id: p.id ?? "", label: p.label?.id ?? p.code, group: "" }))].filter(
    (o, i, all) => o.id && all.findIndex((x) => x.id === o.id) === i,
  );
  const selectOf = (id: keyof Form, list: SelectOption[]) => (describedBy: string | undefined, invalid: boolean) => (
    <OptionSelect
      id={id}
      value={String(form[id])}
      onChange={(v) => set(id, v)}
      options={list}
      emptyLabel={t("console.triage.none")}
      describedBy={describedBy}
      invalid={invalid}
    />
  );
  const text_ = (id: "contactName" | "contactEmail" | "contactPhone", type = "text") => (
    <TextField id={id} label={t(`console.record.${id}`)} errors={errors[id]} type={type} value={form[id]} onChange={(v) => set(id, v)} />
  );
  return (
    <form
      className="space-y-4"
      data-testid="record-form"
      onSubmit={(e) => {
        e.preventDefault();
        setDone(null);
        record.mutate({
          idempotencyKey: key,
          channel: form.channel,
          description: form.description,
          topicCode: form.topicCode || undefined,
          serviceId: form.serviceId || undefined,
          category: form.category || undefined,
          placeId: form.placeId || undefined,
          occurredAt: form.occurredAt ? wibInstant(form.occurredAt).toISOString() : "",
          contactName: form.contactName || undefined,
          contactEmail: form.contactEmail || undefined,
          contactPhone: form.contactPhone || undefined,
          confidential: form.confidential,
        });
      }}
    >
      {done && (
        <p role="status" className="rounded bg-green-50 p-3 text-green-900" data-testid="recorded">
          {t("console.record.done", { code: done.code })}{" "}
          <a href={`/console/complaints/${done.id}`} className="underline">
            {t("console.record.open")}
          </a>
        </p>
      )}
      {errors._form && <p className="text-sm font-medium text-red-700">{errors._form.join(" ")}</p>}
      <Field id="channel" label={t("console.record.channel")} errors={errors.channel}>
        {selectOf(
          "channel",
          STAFF_INTAKE_CHANNELS.map((c) => ({ id: c, label: t(`channels.${c}`), group: "" })),
        )}
      </Field>
      <Field id="description" label={t("console.record.description")} hint={t("console.record.hint")} errors={errors.description} required>
        {(describedBy, invalid) => (
          <textarea
            id="description"
            rows={6}
            value={form.description}
            onChange={(e) => set("description", e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="serviceId" label={t("console.triage.fields.service")} errors={errors.serviceId}>
        {(describedBy, invalid) => (
          <OptionSelect
            id="serviceId"
            options={options.service}
            value={form.serviceId}
            onChange={(v) => set("serviceId", v)}
            emptyLabel={t("console.triage.none")}
            describedBy={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <SuggestionChips field="service" suggestions={s?.service ?? []} onPick={(v) => set("serviceId", v)} />
      <Field id="category" label={t("console.triage.fields.category")} errors={errors.category}>
        {selectOf(
          "category",
          COMPLAINT_CATEGORIES.map((c) => ({ id: c, label: t(`categories.${c}`), group: "" })),
        )}
      </Field>
      <SuggestionChips field="category" suggestions={s?.category ?? []} onPick={(v) => set("category", v)} />
      <Field id="placeId" label={t("console.triage.fields.place")} errors={errors.placeId}>
        {selectOf("placeId", places)}
      </Field>
      <SuggestionChips field="place" suggestions={s?.place ?? []} onPick={(v) => set("placeId", v)} />
      <Field id="topicCode" label={t("console.triage.fields.topic")} errors={errors.topicCode}>
        {selectOf("topicCode", options.topic)}
      </Field>
      <SuggestionChips field="topic" suggestions={s?.topic ?? []} onPick={(v) => set("topicCode", v)} />
      <Field id="occurredAt" label={t("console.record.occurredAt")} errors={errors.occurredAt} required>
        {(describedBy, invalid) => (
          <input
            id="occurredAt"
            type="datetime-local"
            value={form.occurredAt}
            onChange={(e) => set("occurredAt", e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      {text_("contactName")}
      {text_("contactEmail", "email")}
      {text_("contactPhone", "tel")}
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={form.confidential} onChange={(e) => set("confidential", e.target.checked)} />
        {t("console.record.confidential")}
      </label>
      <Button disabled={record.isPending}>{t("console.record.submit")}</Button>
    </form>
  );
}

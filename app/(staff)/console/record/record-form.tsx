"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { SelectOption } from "@/app/_components/option-select";
import { FormError } from "@/app/_components/form-error";
import { Button } from "@/app/_components/form/button";
import { OptionField } from "@/app/_components/form/option-field";
import { TextAreaField, TextField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { useTRPC } from "@/app/_trpc/client";
import { SuggestionChips } from "@/app/(staff)/console/suggestion-chips";
import { COMPLAINT_CATEGORIES, STAFF_INTAKE_CHANNELS } from "@/server/db/schema/constants";
import { wibInstant } from "@/server/i18n/jakarta-time";
import { blank, newKey, useSettled } from "./record-form-state";

type Options = { topic: SelectOption[]; service: SelectOption[]; place: SelectOption[] };

/** A report taken by phone, by letter or at the desk, with triage's suggestions filled in as it is typed. */
export function RecordForm({ options }: { options: Options }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const f = useMutationForm(blank(), { keepValues: true });
  const [confidential, setConfidential] = useState(true);
  const [key, setKey] = useState(newKey);
  const [done, setDone] = useState<{ code: string; id: string } | null>(null);
  const text = useSettled(f.values.description, 400);
  const suggestions = useQuery(trpc.triage.suggest.queryOptions({ text }, { enabled: text.trim().length >= 8, placeholderData: (old) => old }));
  const record = useMutation(
    trpc.triage.record.mutationOptions({
      ...f.options,
      onSuccess: (r) => {
        f.options.onSuccess();
        // A fresh form, "now" included: the desk records one caller after another.
        f.setValues(blank());
        setConfidential(true);
        setDone({ code: r.trackingCode, id: r.complaintId });
        setKey(newKey());
      },
    }),
  );
  const s = suggestions.data;
  // Places triage found in the text (a city, a province) join the landmarks people pick from.
  const places = [...options.place, ...(s?.place ?? []).map((p) => ({ id: p.id ?? "", label: p.label?.id ?? p.code, group: "" }))].filter(
    (o, i, all) => o.id && all.findIndex((x) => x.id === o.id) === i,
  );
  // Ids are the field names: the suggestion chips and the browser tests find the pickers by them.
  const pick = (name: "channel" | "serviceId" | "category" | "placeId" | "topicCode", label: string, list: SelectOption[]) => {
    const { id: _id, ...bound } = f.field(name);
    return <OptionField {...bound} id={name} label={label} options={list} emptyLabel={t("console.triage.none")} />;
  };
  const set = (name: "serviceId" | "category" | "placeId" | "topicCode") => (v: string) => f.field(name).onChange(v);
  return (
    <form
      className="space-y-4"
      data-testid="record-form"
      onSubmit={(e) => {
        setDone(null);
        f.submit(record, (v) => ({
          ...v,
          idempotencyKey: key,
          topicCode: v.topicCode || undefined,
          serviceId: v.serviceId || undefined,
          category: v.category || undefined,
          placeId: v.placeId || undefined,
          occurredAt: v.occurredAt ? wibInstant(v.occurredAt).toISOString() : "",
          contactName: v.contactName || undefined,
          contactEmail: v.contactEmail || undefined,
          contactPhone: v.contactPhone || undefined,
          confidential,
        }))(e);
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
      <FormError errors={f.errors} />
      {pick(
        "channel",
        t("console.record.channel"),
        STAFF_INTAKE_CHANNELS.map((c) => ({ id: c, label: t(`channels.${c}`), group: "" })),
      )}
      <TextAreaField
        {...f.field("description")}
        id="description"
        label={t("console.record.description")}
        hint={t("console.record.hint")}
        required
        rows={6}
      />
      {pick("serviceId", t("console.triage.fields.service"), options.service)}
      <SuggestionChips field="service" suggestions={s?.service ?? []} onPick={set("serviceId")} />
      {pick(
        "category",
        t("console.triage.fields.category"),
        COMPLAINT_CATEGORIES.map((c) => ({ id: c, label: t(`categories.${c}`), group: "" })),
      )}
      <SuggestionChips field="category" suggestions={s?.category ?? []} onPick={set("category")} />
      {pick("placeId", t("console.triage.fields.place"), places)}
      <SuggestionChips field="place" suggestions={s?.place ?? []} onPick={set("placeId")} />
      {pick("topicCode", t("console.triage.fields.topic"), options.topic)}
      <SuggestionChips field="topic" suggestions={s?.topic ?? []} onPick={set("topicCode")} />
      <TextField {...f.field("occurredAt")} id="occurredAt" label={t("console.record.occurredAt")} type="datetime-local" required />
      <TextField {...f.field("contactName")} id="contactName" label={t("console.record.contactName")} />
      <TextField {...f.field("contactEmail")} id="contactEmail" label={t("console.record.contactEmail")} type="email" />
      <TextField {...f.field("contactPhone")} id="contactPhone" label={t("console.record.contactPhone")} type="tel" />
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={confidential} onChange={(e) => setConfidential(e.target.checked)} />
        {t("console.record.confidential")}
      </label>
      <Button disabled={record.isPending}>{t("console.record.submit")}</Button>
    </form>
  );
}

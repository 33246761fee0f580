"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { SelectOption } from "@/app/_components/option-select";
import { FormError } from "@/app/_components/form-error";
import { FormStatus } from "@/app/_components/form/form-status";
import { OptionField } from "@/app/_components/form/option-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { useTRPC } from "@/app/_trpc/client";
import { SuggestionChips, type Suggestion } from "@/app/(staff)/console/suggestion-chips";
import { COMPLAINT_CATEGORIES, TRIAGE_FIELDS, type TriageField } from "@/server/db/schema/constants";
import { Button } from "@/app/_components/form/button";

type Values = Record<TriageField, string>;

/** Which input field of `triage.classify` each triage field sets. */
const INPUT: Record<TriageField, "topicCode" | "serviceId" | "agencyId" | "category" | "placeId"> = {
  topic: "topicCode",
  service: "serviceId",
  agency: "agencyId",
  category: "category",
  place: "placeId",
};

export type TriagePanelProps = {
  complaintId: string;
  version: number;
  current: Values;
  suggestions: Record<TriageField, Suggestion[]>;
  applied: Partial<Record<TriageField, number>>;
  decided: string | null;
  modelAvailable: boolean;
  options: { topic: SelectOption[]; service: SelectOption[]; agency: SelectOption[]; place: SelectOption[] };
};

/**
 * The report's classification: what Sigap set (with its probability), its suggestions as one-click choices,
 * and every field to correct by hand. One save is one audited decision that also teaches the next model.
 */
export function TriagePanel({ complaintId, version, current, suggestions, applied, decided, modelAvailable, options }: TriagePanelProps) {
  const t = useTranslations("console.triage");
  const tc = useTranslations("categories");
  const trpc = useTRPC();
  const f = useMutationForm(current, { keepValues: true });
  const { values, setValues } = f;
  const classify = useMutation(trpc.triage.classify.mutationOptions(f.options));
  const send = (changes: Partial<Values>) => {
    const v = { ...values, ...changes };
    classify.mutate({
      complaintId,
      expectedVersion: version,
      topicCode: (v.topic || undefined) as "health" | undefined,
      serviceId: v.service || null,
      // A service brings its own agency: the agency is only sent without one.
      agencyId: v.service ? undefined : v.agency || null,
      category: (v.category || undefined) as "other" | undefined,
      placeId: v.place || null,
    });
  };
  /** One click on a suggestion saves it; a topic or agency that does not fit the service set clears the service. */
  const accept = (field: TriageField, value: string) => {
    const clearsService = (field === "topic" || field === "agency") && values.service !== "";
    setValues((v) => ({ ...v, [field]: value, ...(clearsService ? { service: "" } : {}) }));
    send({ [field]: value, ...(clearsService ? { service: "" } : {}) });
  };
  const optionsOf = (field: TriageField): SelectOption[] =>
    field === "category" ? COMPLAINT_CATEGORIES.map((c) => ({ id: c, label: tc(c), group: "" })) : options[field];
  return (
    <form
      className="space-y-3"
      data-testid="triage-panel"
      onSubmit={(e) => {
        e.preventDefault();
        send({});
      }}
    >
      {!modelAvailable && <p className="text-sm text-slate-700">{t("noModel")}</p>}
      {decided && <p className="text-sm text-slate-700">{decided}</p>}
      <FormError errors={f.errors} also={["expectedVersion"]} />
      {TRIAGE_FIELDS.map((field) => (
        <div key={field} className="space-y-1">
          <OptionField
            id={`triage-${field}`}
            label={t(`fields.${field}`)}
            errors={f.errors[INPUT[field]]}
            value={values[field]}
            onChange={(v) => setValues((old) => ({ ...old, [field]: v }))}
            options={optionsOf(field)}
            emptyLabel={t("none")}
          />
          {applied[field] !== undefined && !decided && (
            <p className="text-xs font-medium text-sky-900" data-testid={`applied-${field}`}>
              {t("setBySigap", { p: Math.round(applied[field] * 100) })}
            </p>
          )}
          <SuggestionChips field={field} suggestions={suggestions[field]} disabled={classify.isPending} onPick={(value) => accept(field, value)} />
        </div>
      ))}
      <Button disabled={classify.isPending}>{t("save")}</Button>
      <FormStatus errors={{}} saved={f.saved} savedText={t("saved")} />
    </form>
  );
}

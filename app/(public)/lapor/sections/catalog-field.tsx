"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/app/_components/field";
import { CatalogPicker, type PickerOption } from "@/app/(public)/lapor/catalog-picker";
import type { SelectOption } from "@/app/_components/option-select";
import { OptionField } from "@/app/_components/form/option-field";

/**
 * A service or place from the catalogue: a native grouped select in the server's HTML (it works without
 * scripts), the typing picker once the scripts run.
 */
export function CatalogField({
  id,
  label,
  hint,
  emptyLabel,
  placeholder,
  errors,
  enhanced,
  choices,
  options,
  value,
  onChange,
}: {
  id: "serviceId" | "placeId";
  label: string;
  hint: string;
  emptyLabel: string;
  placeholder: string;
  errors: string[] | undefined;
  enhanced: boolean;
  choices: SelectOption[];
  options: PickerOption[];
  value: string;
  onChange: (id: string) => void;
}) {
  const t = useTranslations("report");
  if (!enhanced)
    return (
      <OptionField id={id} label={label} hint={hint} errors={errors} value={value} onChange={onChange} options={choices} emptyLabel={emptyLabel} />
    );
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <CatalogPicker
          id={id}
          options={options}
          selectedId={value}
          onSelect={onChange}
          placeholder={placeholder}
          noMatch={t("noMatch")}
          changeLabel={t("change")}
          describedBy={describedBy}
          invalid={invalid}
        />
      )}
    </Field>
  );
}

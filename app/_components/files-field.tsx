"use client";

import { useTranslations } from "next-intl";
import { Field } from "./field";
import type { FieldErrors } from "./field-errors";

export { toMultipart } from "./multipart";

export const ACCEPTED_FILES = "image/jpeg,image/png,image/webp,application/pdf";
export const MAX_FILES = 5;

/** Up to five photos or PDFs; the server checks each one again and reports errors per file. */
export function FilesField({ id, errors, onChange }: { id: string; errors: FieldErrors; onChange: (files: File[]) => void }) {
  const t = useTranslations("report");
  const fileErrors = Object.entries(errors)
    .filter(([k]) => k.startsWith("attachments"))
    .flatMap(([, v]) => v);
  return (
    <Field id={id} label={t("attachments")} hint={t("attachmentsHint")} errors={fileErrors}>
      {(d) => <input id={id} type="file" multiple accept={ACCEPTED_FILES} onChange={(e) => onChange([...(e.target.files ?? [])].slice(0, MAX_FILES))} aria-describedby={d} />}
    </Field>
  );
}

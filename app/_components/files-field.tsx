"use client";

import { useTranslations } from "next-intl";
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENTS } from "@/server/db/schema/constants";
import { Field } from "./field";
import type { FieldErrors } from "./field-errors";

export { toMultipart } from "./multipart";

/** Up to five photos or PDFs; the server checks each one again and reports errors per file. */
export function FilesField({ id, errors, onChange }: { id: string; errors: FieldErrors; onChange: (files: File[]) => void }) {
  const t = useTranslations("report");
  const fileErrors = Object.entries(errors)
    .filter(([k]) => k.startsWith("attachments"))
    .flatMap(([, v]) => v);
  return (
    <Field id={id} label={t("attachments")} hint={t("attachmentsHint")} errors={fileErrors}>
      {(d) => (
        <input
          id={id}
          type="file"
          multiple
          accept={ATTACHMENT_ACCEPT}
          onChange={(e) => onChange([...(e.target.files ?? [])].slice(0, MAX_ATTACHMENTS))}
          aria-describedby={d}
        />
      )}
    </Field>
  );
}

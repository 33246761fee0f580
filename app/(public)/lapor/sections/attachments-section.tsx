"use client";

import { useTranslations } from "next-intl";
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@/server/db/schema/constants";
import { Field } from "@/app/_components/field";
import type { FieldErrors } from "@/app/_components/field-errors";
import type { SectionProps } from "./section-props";

/**
 * Photos or PDFs: files over the limit are held back here with a message, before any byte is sent; the server
 * checks each one again.
 */
export function AttachmentsSection({
  draft,
  update,
  errors,
  setErrors,
}: SectionProps & { setErrors: (change: (e: FieldErrors) => FieldErrors) => void }) {
  const t = useTranslations();
  const fileErrors = Object.entries(errors)
    .filter(([k]) => k.startsWith("attachments"))
    .flatMap(([, v]) => v);
  const addFiles = (list: FileList | null) => {
    if (!list) return;
    const incoming = [...list];
    const tooBig = incoming.some((f) => f.size > MAX_ATTACHMENT_BYTES);
    update("files", [...draft.files, ...incoming.filter((f) => f.size <= MAX_ATTACHMENT_BYTES)].slice(0, MAX_ATTACHMENTS));
    setErrors((e) => ({
      ...e,
      attachments: tooBig
        ? [t("errors.attachmentSize")]
        : draft.files.length + incoming.length > MAX_ATTACHMENTS
          ? [t("errors.attachmentCount")]
          : [],
    }));
  };
  return (
    <Field id="attachments" label={t("report.attachments")} hint={t("report.attachmentsHint")} errors={fileErrors.length ? fileErrors : undefined}>
      {(describedBy, invalid) => (
        <>
          <input
            id="attachments"
            name="files"
            type="file"
            accept={ATTACHMENT_ACCEPT}
            multiple
            disabled={draft.files.length >= MAX_ATTACHMENTS}
            onChange={(e) => {
              addFiles(e.target.files);
              e.target.value = "";
            }}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className="block w-full text-base file:mr-3 file:rounded-md file:border-0 file:bg-brand-800 file:px-3 file:py-2 file:text-white"
          />
          {draft.files.length > 0 && (
            <ul className="space-y-1" data-testid="file-list">
              {draft.files.map((f, i) => (
                <li key={`${f.name}-${i}`} className="flex items-center justify-between rounded-md bg-white px-3 py-1.5 text-sm">
                  <span className="truncate">{f.name}</span>
                  <button
                    type="button"
                    onClick={() =>
                      update(
                        "files",
                        draft.files.filter((_, j) => j !== i),
                      )
                    }
                    className="ml-2 text-brand-800 underline"
                  >
                    {t("report.remove")}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Field>
  );
}

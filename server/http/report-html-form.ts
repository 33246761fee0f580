import { createHash } from "node:crypto";
import { fromWibInput } from "@/server/i18n/jakarta-time";
import { filesOf, textOf } from "./html-form";
import { REPORT_TYPED_FIELDS } from "./report-form-fields";

/** The report form's fields as typed (files aside): sent back with its errors so nothing typed is lost. */
export type ReportFormValues = {
  idempotencyKey: string;
  category: string;
  serviceId: string;
  placeId: string;
  addressText: string;
  occurredAt: string;
  description: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  confidential: boolean;
  alreadyComplainedToAgency: boolean;
  website: string;
};

const TEXT_FIELDS = ["idempotencyKey", ...REPORT_TYPED_FIELDS, "website"] as const;

/** The form as a browser posts it without JavaScript: text fields, checkboxes present only when ticked, files under "files". */
export function readReportForm(form: FormData): { values: ReportFormValues; files: File[] } {
  const values = Object.fromEntries(TEXT_FIELDS.map((name) => [name, textOf(form, name)])) as Omit<
    ReportFormValues,
    "confidential" | "alreadyComplainedToAgency"
  >;
  return {
    values: { ...values, confidential: form.has("confidential"), alreadyComplainedToAgency: form.has("alreadyComplainedToAgency") },
    files: filesOf(form, "files"),
  };
}

/**
 * The submission verb's input. The form's time is WIB whatever the device says. A form served from the shared
 * cache carries no key of its own (one key for everyone would merge strangers' reports), so its first post gets
 * one derived from what was sent and from where: the same post sent twice (a double tap, a reload of the answer)
 * files one report. A form sent back with its errors carries the key it was tried with.
 */
export async function reportInputOf(values: ReportFormValues, files: readonly File[], clientIp: string | null, language: string) {
  const idempotencyKey = values.idempotencyKey.trim() || (await derivedKey(values, files, clientIp));
  return { ...values, idempotencyKey, occurredAt: fromWibInput(values.occurredAt), language };
}

async function derivedKey(values: ReportFormValues, files: readonly File[], clientIp: string | null): Promise<string> {
  const hash = createHash("sha256").update(JSON.stringify([clientIp, values]));
  for (const f of files)
    hash.update(
      createHash("sha256")
        .update(new Uint8Array(await f.arrayBuffer()))
        .digest(),
    );
  return `form_${hash.digest("base64url")}`;
}

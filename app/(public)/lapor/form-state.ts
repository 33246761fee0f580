import type { ReportFormValues } from "@/server/http/report-html-form";
import type { FieldErrors } from "@/app/_components/field-errors";

/** The answer to a report posted without JavaScript that was refused: what was typed, and why it was refused. */
export type ReportFormState = {
  values: ReportFormValues;
  fieldErrors: FieldErrors;
  formError: string;
  /** Files are not sent back: the page says how many must be attached again. */
  filesDropped: number;
} | null;

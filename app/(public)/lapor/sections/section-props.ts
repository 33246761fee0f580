import type { FieldErrors } from "@/app/_components/field-errors";
import type { Draft } from "@/app/(public)/lapor/draft-store";

/** What every part of the report form reads and writes: the draft, one field at a time, and its errors. */
export type SectionProps = {
  draft: Draft;
  update: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  errors: FieldErrors;
};

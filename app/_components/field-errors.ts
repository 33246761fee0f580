import { TRPCClientError } from "@trpc/client";

export type FieldErrors = Record<string, string[]>;

/** The server's translated field errors from a failed mutation; anything else lands on the form as a whole. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const fields = error instanceof TRPCClientError ? (error.data as { fieldErrors?: FieldErrors | null } | undefined)?.fieldErrors : null;
  if (fields && Object.keys(fields).length) return fields;
  return { _form: [error instanceof Error ? error.message : String(error)] };
}

/** A failed mutation's errors as one line, for a form that shows a single message. */
export function errorLineOf(error: unknown): string {
  return Object.values(fieldErrorsOf(error)).flat().join(" ");
}

import { TRPCClientError } from "@trpc/client";

export type FieldErrors = Record<string, string[]>;

/** The server's translated field errors from a failed mutation, or null when it sent none (network, 5xx). */
export function serverFieldErrors(error: unknown): FieldErrors | null {
  const fields = error instanceof TRPCClientError ? (error.data as { fieldErrors?: FieldErrors | null } | undefined)?.fieldErrors : null;
  return fields && Object.keys(fields).length ? fields : null;
}

/** The server's translated field errors from a failed mutation; anything else lands on the form as a whole. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  return serverFieldErrors(error) ?? { _form: [error instanceof Error ? error.message : String(error)] };
}

/** A failed mutation's errors as one line, for a form that shows a single message. */
export function errorLineOf(error: unknown): string {
  return Object.values(fieldErrorsOf(error)).flat().join(" ");
}

/** Network trouble and server hiccups are worth retrying with the same key; a 4xx answer is not. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return true;
  const status = (error.data as { httpStatus?: number } | undefined)?.httpStatus;
  return status === undefined || status >= 500;
}

"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { fieldErrorsOf, isRetryable, serverFieldErrors, type FieldErrors } from "@/app/_components/field-errors";

/**
 * What every mutation form shows: the server's translated field errors (or, with no answer or a failing server,
 * that Sigap could not be reached), a "done" note, and fresh server data after success. `onSaved` clears what the user
 * typed, only once the server has it; `errors` are those a form posted without scripts came back with.
 */
export function useMutationStatus({ onSaved = () => {}, errors: posted = {} }: { onSaved?: () => void; errors?: FieldErrors } = {}) {
  const router = useRouter();
  const t = useTranslations("errors");
  const [errors, setErrors] = useState<FieldErrors>(posted);
  const [done, setDone] = useState(false);
  const options = {
    onSuccess: () => {
      onSaved();
      setErrors({});
      setDone(true);
      router.refresh();
    },
    onError: (error: unknown) => {
      setDone(false);
      // No answer, or the server failing: say so in the visitor's language rather than the browser's "Failed to fetch".
      setErrors(serverFieldErrors(error) ?? (isRetryable(error) ? { _form: [t("unreachable")] } : fieldErrorsOf(error)));
    },
  };
  /** The form changed after a save: "saved" no longer describes it. */
  const changed = () => setDone(false);
  return { errors, done, options, changed };
}

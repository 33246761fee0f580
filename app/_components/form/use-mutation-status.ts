"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { fieldErrorsOf, type FieldErrors } from "@/app/_components/field-errors";

/**
 * What every small mutation form shows: the server's field errors, a "done" note, and fresh server data
 * after success. `reset` clears what the user typed, only once the server has it.
 */
export function useMutationStatus(reset: () => void = () => {}) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  const options = {
    onSuccess: () => {
      reset();
      setErrors({});
      setDone(true);
      router.refresh();
    },
    onError: (error: unknown) => {
      setDone(false);
      setErrors(fieldErrorsOf(error));
    },
  };
  /** The form changed after a save: "saved" no longer describes it. */
  const changed = () => setDone(false);
  return { errors, done, options, changed };
}

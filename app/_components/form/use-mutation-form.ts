"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { fieldErrorsOf, type FieldErrors } from "@/app/_components/field-errors";

/**
 * A form's values, errors and status around one tRPC mutation. The values are typed as the procedure's input
 * (`submit(mutation)` does not compile unless they are), each field is bound by name with its id and its errors,
 * and what was typed is kept on a refusal and cleared only once the server has it (`keepValues` keeps it then too).
 */
export function useMutationForm<V extends Record<string, string>>(initial: V, { keepValues = false }: { keepValues?: boolean } = {}) {
  const router = useRouter();
  const formId = useId();
  const [values, setValues] = useState<V>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const options = {
    onSuccess: () => {
      if (!keepValues) setValues(initial);
      setErrors({});
      setSaved(true);
      router.refresh();
    },
    onError: (error: unknown) => {
      setSaved(false);
      setErrors(fieldErrorsOf(error));
    },
  };
  const field = <K extends keyof V & string>(name: K) => ({
    id: `${formId}-${name}`,
    name,
    value: values[name],
    errors: errors[name],
    onChange: (value: V[K]) => setValues((v) => ({ ...v, [name]: value })),
  });
  const submit = (mutation: { mutate: (input: V) => void }) => (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    mutation.mutate(values);
  };
  return { values, errors, saved, options, field, submit };
}

"use client";

import { useId, useState } from "react";
import type { FieldErrors } from "@/app/_components/field-errors";
import { useMutationStatus } from "./use-mutation-status";

/**
 * A form's values, errors and status around one tRPC mutation. The values are typed as the procedure's input
 * (`submit(mutation)` does not compile unless they are, or unless `toInput` makes them so), each field is bound by
 * name with its id and its errors, and what was typed is kept on a refusal and cleared only once the server has
 * it (`keepValues` keeps it then too); `errors` are those a form posted without scripts came back with. A form
 * whose values are no record of strings (the report editor's lists) uses `useMutationStatus` alone.
 */
export function useMutationForm<V extends Record<string, string>>(
  initial: V,
  { keepValues = false, errors: posted }: { keepValues?: boolean; errors?: FieldErrors } = {},
) {
  const formId = useId();
  const [values, setValues] = useState<V>(initial);
  const {
    errors,
    done: saved,
    options,
  } = useMutationStatus({
    onSaved: () => {
      if (!keepValues) setValues(initial);
    },
    errors: posted,
  });
  const field = <K extends keyof V & string>(name: K) => ({
    id: `${formId}-${name}`,
    name,
    value: values[name],
    errors: errors[name],
    onChange: (value: V[K]) => setValues((v) => ({ ...v, [name]: value })),
  });
  // Values that are the procedure's input go as they are; a form that adds what is not typed (an id, the version the
  // page showed) or turns "" into "not given" hands a `toInput` that still has to produce the procedure's input type.
  function submit(mutation: { mutate: (input: V) => void }): (e: React.FormEvent) => void;
  function submit<I>(mutation: { mutate: (input: I) => void }, toInput: (values: V) => NoInfer<I>): (e: React.FormEvent) => void;
  function submit<I>(mutation: { mutate: (input: I | V) => void }, toInput?: (values: V) => I) {
    return (e: React.FormEvent) => {
      e.preventDefault();
      mutation.mutate(toInput ? toInput(values) : values);
    };
  }
  return { values, setValues, errors, saved, options, field, submit };
}

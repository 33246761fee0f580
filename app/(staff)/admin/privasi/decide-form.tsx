"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { fieldErrorsOf, type FieldErrors } from "@/app/_components/field-errors";
import { FormError } from "@/app/_components/form-error";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/app/_components/form/button";

/** Grant or refuse one request, with the reason the reporter will read. */
export function DecideRequestForm({ requestId }: { requestId: string }) {
  const t = useTranslations("adminPrivacy");
  const trpc = useTRPC();
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const decide = useMutation(
    trpc.privacy.decide.mutationOptions({ onSuccess: () => (setErrors({}), router.refresh()), onError: (e) => setErrors(fieldErrorsOf(e)) }),
  );
  const id = `reason-${requestId}`;
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        const pressed = e.nativeEvent.submitter as HTMLButtonElement | null;
        decide.mutate({ requestId, decision: pressed?.value === "granted" ? "granted" : "refused", reason });
      }}
    >
      <FormError errors={errors} />
      <Field id={id} label={t("reason")} hint={t("reasonHint")} errors={errors.reason ?? errors.decision}>
        {(d, invalid) => (
          <textarea
            id={id}
            rows={2}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-describedby={d}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <p className="flex gap-2">
        <Button value="granted" disabled={decide.isPending}>
          {t("grant")}
        </Button>
        <button
          type="submit"
          value="refused"
          disabled={decide.isPending}
          className="rounded-md border border-brand-800 px-4 py-2 font-semibold text-brand-800"
        >
          {t("refuse")}
        </button>
      </p>
    </form>
  );
}

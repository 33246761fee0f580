"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { FormError } from "@/app/_components/form-error";
import { fileRequestForm, requestCodeForm, verifyCodeForm, type MyDataFormState } from "./actions";

const buttonClass = "rounded-md bg-brand-800 px-4 py-2 font-semibold text-white disabled:opacity-60";

/** One text input wired to its field errors, keeping what was typed when the server refused it. */
function TextField({
  state,
  name,
  id,
  label,
  hint,
  type = "text",
  autoComplete,
  inputMode,
  defaultValue = "",
}: {
  state: MyDataFormState;
  name: string;
  id: string;
  label: string;
  hint?: string;
  type?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "email" | "tel" | "text";
  defaultValue?: string;
}) {
  return (
    <Field id={id} label={label} hint={hint} errors={state?.fieldErrors[name]}>
      {(d, invalid) => (
        <input
          id={id}
          name={name}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          defaultValue={state?.values[name] ?? defaultValue}
          aria-describedby={d}
          aria-invalid={invalid}
          className={inputClass}
        />
      )}
    </Field>
  );
}

/** Step 1, by tracking code: the code goes to the contact the report holds. */
export function RequestByCodeForm({ defaultCode }: { defaultCode: string }) {
  const t = useTranslations("myData");
  const [state, action, pending] = useActionState(requestCodeForm, null);
  return (
    <form action={action} className="space-y-3" data-testid="request-by-code">
      <FormError errors={state?.fieldErrors ?? null} />
      <TextField
        state={state}
        name="code"
        id="my-data-code"
        label={t("codeLabel")}
        hint={t("codeHint")}
        defaultValue={defaultCode}
        autoComplete="off"
      />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("sendCode")}
      </button>
    </form>
  );
}

/** Step 1, without a tracking code: the email address or number the reports were made with. */
export function RequestByContactForm() {
  const t = useTranslations("myData");
  const [state, action, pending] = useActionState(requestCodeForm, null);
  return (
    <form action={action} className="space-y-3" data-testid="request-by-contact">
      <FormError errors={state?.fieldErrors ?? null} />
      <TextField state={state} name="contact" id="my-data-contact" label={t("contactLabel")} hint={t("contactHint")} autoComplete="email" />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("sendCode")}
      </button>
    </form>
  );
}

/** Step 2: the six digits that arrived. */
export function VerifyCodeForm({ challengeId }: { challengeId: string }) {
  const t = useTranslations("myData");
  const [state, action, pending] = useActionState(verifyCodeForm, null);
  return (
    <form action={action} className="space-y-3" data-testid="verify-code">
      <FormError errors={state?.fieldErrors ?? null} />
      <input type="hidden" name="challengeId" value={challengeId} />
      <TextField state={state} name="otp" id="my-data-otp" label={t("otpLabel")} autoComplete="one-time-code" inputMode="numeric" />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("verify")}
      </button>
    </form>
  );
}

/** A correction, withdrawal or erasure of one complaint; a correction names the new values. */
export function PrivacyRequestForm({ complaintId, kind }: { complaintId: string; kind: "correction" | "withdrawal" | "erasure" }) {
  const t = useTranslations("myData");
  const [state, action, pending] = useActionState(fileRequestForm, null);
  const id = (name: string) => `${kind}-${name}-${complaintId.slice(0, 8)}`;
  // Open again when the server sent the form back, so its errors and what was typed are in view.
  return (
    <details open={state !== null} className="rounded-md border border-slate-300 p-3">
      <summary className="cursor-pointer font-medium">{t(`ask.${kind}`)}</summary>
      <form action={action} className="space-y-3 pt-3" data-testid={`request-${kind}`}>
        <FormError errors={state?.fieldErrors ?? null} />
        <p className="text-sm text-slate-700">{t(`lead.${kind}`)}</p>
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="complaintId" value={complaintId} />
        {kind === "correction" && (
          <>
            <TextField state={state} name="name" id={id("name")} label={t("newName")} autoComplete="name" />
            <TextField state={state} name="email" id={id("email")} label={t("newEmail")} type="email" autoComplete="email" />
            <TextField state={state} name="phone" id={id("phone")} label={t("newPhone")} type="tel" autoComplete="tel" />
          </>
        )}
        <Field id={id("note")} label={t("note")} errors={state?.fieldErrors.note}>
          {(d, invalid) => (
            <textarea
              id={id("note")}
              name="note"
              rows={3}
              defaultValue={state?.values.note ?? ""}
              aria-describedby={d}
              aria-invalid={invalid}
              className={inputClass}
            />
          )}
        </Field>
        <button type="submit" disabled={pending} className={buttonClass}>
          {t(`submit.${kind}`)}
        </button>
      </form>
    </details>
  );
}

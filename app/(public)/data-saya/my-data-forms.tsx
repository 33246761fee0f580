"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormError } from "@/app/_components/form-error";
import { Button } from "@/app/_components/form/button";
import { postedField, TextAreaField, TextField } from "@/app/_components/form/text-field";
import { fileRequestForm, requestCodeForm, verifyCodeForm } from "./actions";

/** Step 1, by tracking code: the code goes to the contact the report holds. */
export function RequestByCodeForm({ defaultCode, permalink }: { defaultCode: string; permalink: string }) {
  const t = useTranslations("myData");
  const [state, action, pending] = useActionState(requestCodeForm, null, permalink);
  return (
    <form action={action} className="space-y-3" data-testid="request-by-code">
      <FormError errors={state?.fieldErrors ?? null} />
      <TextField {...postedField(state, "code", defaultCode)} id="my-data-code" label={t("codeLabel")} hint={t("codeHint")} autoComplete="off" />
      <Button disabled={pending}>{t("sendCode")}</Button>
    </form>
  );
}

/** Step 1, without a tracking code: the email address or number the reports were made with. */
export function RequestByContactForm({ permalink }: { permalink: string }) {
  const t = useTranslations("myData");
  const [state, action, pending] = useActionState(requestCodeForm, null, permalink);
  return (
    <form action={action} className="space-y-3" data-testid="request-by-contact">
      <FormError errors={state?.fieldErrors ?? null} />
      <TextField {...postedField(state, "contact")} id="my-data-contact" label={t("contactLabel")} hint={t("contactHint")} autoComplete="email" />
      <Button disabled={pending}>{t("sendCode")}</Button>
    </form>
  );
}

/** Step 2: the six digits that arrived. */
export function VerifyCodeForm({ challengeId, permalink }: { challengeId: string; permalink: string }) {
  const t = useTranslations("myData");
  const [state, action, pending] = useActionState(verifyCodeForm, null, permalink);
  return (
    <form action={action} className="space-y-3" data-testid="verify-code">
      <FormError errors={state?.fieldErrors ?? null} />
      <input type="hidden" name="challengeId" value={challengeId} />
      <TextField {...postedField(state, "otp")} id="my-data-otp" label={t("otpLabel")} autoComplete="one-time-code" inputMode="numeric" />
      <Button disabled={pending}>{t("verify")}</Button>
    </form>
  );
}

/** A correction, withdrawal or erasure of one complaint; a correction names the new values. */
export function PrivacyRequestForm({
  complaintId,
  kind,
  permalink,
}: {
  complaintId: string;
  kind: "correction" | "withdrawal" | "erasure";
  permalink: string;
}) {
  const t = useTranslations("myData");
  const [state, action, pending] = useActionState(fileRequestForm, null, permalink);
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
            <TextField {...postedField(state, "name")} id={id("name")} label={t("newName")} autoComplete="name" />
            <TextField {...postedField(state, "email")} id={id("email")} label={t("newEmail")} type="email" autoComplete="email" />
            <TextField {...postedField(state, "phone")} id={id("phone")} label={t("newPhone")} type="tel" autoComplete="tel" />
          </>
        )}
        <TextAreaField {...postedField(state, "note")} id={id("note")} label={t("note")} rows={3} />
        <Button disabled={pending}>{t(`submit.${kind}`)}</Button>
      </form>
    </details>
  );
}

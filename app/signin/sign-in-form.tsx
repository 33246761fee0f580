"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { signInAction, type SignInState } from "./actions";
import { Button } from "@/app/_components/form/button";
import { TextField } from "@/app/_components/form/text-field";

export function SignInForm({
  callbackUrl,
  notice,
  permalink,
}: {
  callbackUrl: string;
  notice: "password_changed" | "signed_out_everywhere" | null;
  permalink: string;
}) {
  const t = useTranslations("signIn");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { error: null, email: "" }, permalink);
  // Kept in state so that the second step (the code) does not make anyone type the password again.
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const askCode = state.error === "code_required" || state.error === "code_invalid";
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {notice && !state.error && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          {t(notice)}
        </p>
      )}
      {state.error && state.error !== "code_invalid" && (
        <p role="alert" id="signin-error" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
          {t(state.error)}
        </p>
      )}
      <TextField id="email" name="email" label={t("email")} type="email" autoComplete="username" required value={email} onChange={setEmail} />
      <TextField
        id="password"
        name="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
      />
      {askCode && (
        <TextField
          id="code"
          name="code"
          label={t("code")}
          hint={t("codeHint")}
          errors={state.error === "code_invalid" ? [t("code_invalid")] : undefined}
          inputMode="text"
          autoComplete="one-time-code"
          autoFocus
          required
        />
      )}
      <Button
        size="lg"

        disabled={pending}
      >
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

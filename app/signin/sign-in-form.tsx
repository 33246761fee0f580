"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { signInAction, type SignInState } from "./actions";
import { Button } from "@/app/_components/form/button";

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
  const field = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base focus:border-brand-700";
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {notice && !state.error && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          {t(notice)}
        </p>
      )}
      {state.error && (
        <p role="alert" id="signin-error" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
          {t(state.error)}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-describedby={state.error ? "signin-error" : undefined}
          className={field}
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          className={field}
        />
      </div>
      {askCode && (
        <div>
          <label htmlFor="code" className="block font-medium">
            {t("code")}
          </label>
          <p id="code-hint" className="text-sm text-slate-700">
            {t("codeHint")}
          </p>
          <input
            id="code"
            name="code"
            type="text"
            inputMode="text"
            autoComplete="one-time-code"
            autoFocus
            required
            aria-describedby="code-hint signin-error"
            className={field}
          />
        </div>
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

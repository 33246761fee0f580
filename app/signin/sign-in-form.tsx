"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction, type SignInState } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { error: null, email: "" });
  const field = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base focus:border-brand-700";
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
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
          defaultValue={state.email}
          aria-describedby={state.error ? "signin-error" : undefined}
          className={field}
        />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={field} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-800 px-4 py-3 text-base font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

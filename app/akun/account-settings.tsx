"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { TextField } from "@/app/_components/form/text-field";
import { useTRPC } from "@/app/_trpc/client";
import { endSessionAction } from "./actions";
import type { RouterOutputs } from "@/app/_trpc/types";
import { fieldErrorsOf, type FieldErrors } from "@/app/_components/field-errors";
import { FormError } from "@/app/_components/form-error";

type Security = RouterOutputs["account"]["security"];
const card = "space-y-3 rounded-lg bg-white p-4 shadow-sm";
const button = "rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60";
const quiet = "rounded-md border border-slate-400 px-4 py-2 font-semibold text-slate-900 hover:bg-slate-50 disabled:opacity-60";

function ChangePassword() {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const [values, setValues] = useState({ currentPassword: "", newPassword: "", confirmPassword: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [, startTransition] = useTransition();
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({
      onSuccess: () => startTransition(() => endSessionAction("password_changed")),
      onError: (e) => setErrors(fieldErrorsOf(e)),
    }),
  );
  const input = (name: keyof typeof values, autoComplete: string) => (
    <TextField
      id={name}
      label={t(name)}
      errors={errors[name]}
      hint={name === "newPassword" ? t("newPasswordHint") : undefined}
      type="password"
      autoComplete={autoComplete}
      value={values[name]}
      onChange={(v) => setValues({ ...values, [name]: v })}
    />
  );
  return (
    <form
      className={card}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setErrors({});
        change.mutate(values);
      }}
    >
      <h2 className="text-lg font-semibold">{t("passwordTitle")}</h2>
      <p className="text-sm text-slate-700">{t("passwordLead")}</p>
      <FormError errors={errors} />
      {input("currentPassword", "current-password")}
      {input("newPassword", "new-password")}
      {input("confirmPassword", "new-password")}
      <button type="submit" disabled={change.isPending} className={button}>
        {t("changePassword")}
      </button>
    </form>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations("account");
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
      <p className="font-medium">{t("recoveryCodesLead")}</p>
      <ul className="grid grid-cols-2 gap-1 font-mono" data-recovery-codes>
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </div>
  );
}

/** The current password, asked again before a secret changes. */
function ConfirmPassword({ value, onChange, errors }: { value: string; onChange: (v: string) => void; errors?: string[] }) {
  const t = useTranslations("account");
  return (
    <TextField
      id="confirm-password"
      label={t("confirmPassword")}
      errors={errors}
      type="password"
      autoComplete="current-password"
      value={value}
      onChange={onChange}
    />
  );
}

function TwoFactor({ security }: { security: Security }) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [code, setCode] = useState("");
  const [password, setPassword] = useState("");
  const [codes, setCodes] = useState<string[] | null>(null);
  const onError = (e: unknown) => setErrors(fieldErrorsOf(e));
  const begin = useMutation(trpc.account.beginTwoFactor.mutationOptions({ onError }));
  const confirm = useMutation(
    trpc.account.confirmTwoFactor.mutationOptions({
      onSuccess: (r) => (setCodes(r.recoveryCodes), setErrors({}), router.refresh()),
      onError,
    }),
  );
  const regenerate = useMutation(
    trpc.account.regenerateRecoveryCodes.mutationOptions({ onSuccess: (r) => (setCodes(r.recoveryCodes), setErrors({}), setPassword("")), onError }),
  );
  const disable = useMutation(
    trpc.account.disableTwoFactor.mutationOptions({ onSuccess: () => (setErrors({}), setPassword(""), router.refresh()), onError }),
  );

  if (codes) {
    return (
      <section className={card} aria-labelledby="two-factor-title">
        <h2 id="two-factor-title" className="text-lg font-semibold">
          {t("twoFactorTitle")}
        </h2>
        <p role="status">{t("twoFactorOn")}</p>
        <RecoveryCodes codes={codes} />
        <a href="/dashboard" className="inline-block font-semibold text-brand-800 underline">
          {t("continue")}
        </a>
      </section>
    );
  }
  return (
    <section className={card} aria-labelledby="two-factor-title">
      <h2 id="two-factor-title" className="text-lg font-semibold">
        {t("twoFactorTitle")}
      </h2>
      <p className="text-sm text-slate-700">
        {security.twoFactorEnabled ? t("twoFactorOnLead", { left: security.recoveryCodesLeft }) : t("twoFactorOffLead")}
      </p>
      <FormError errors={errors} />
      {!security.twoFactorEnabled && !begin.data && (
        <form
          className="space-y-3"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            begin.mutate({ password });
          }}
        >
          <ConfirmPassword value={password} onChange={setPassword} errors={errors.password} />
          <button type="submit" className={button} disabled={begin.isPending}>
            {t("enrol")}
          </button>
        </form>
      )}
      {!security.twoFactorEnabled && begin.data && (
        <form
          className="space-y-3"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            confirm.mutate({ code });
          }}
        >
          <p>{t("scan")}</p>
          {/* The SVG is made on our server from our own otpauth URI: no script, no outside input. */}
          <div className="h-48 w-48" aria-hidden="true" dangerouslySetInnerHTML={{ __html: begin.data.qrSvg }} />
          <p className="text-sm">
            {t("orType")}{" "}
            <code className="break-all font-mono" data-totp-secret>
              {begin.data.secret}
            </code>
          </p>
          <TextField
            id="totp-code"
            label={t("code")}
            errors={errors.code}
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={setCode}
          />
          <button type="submit" disabled={confirm.isPending} className={button}>
            {t("confirmEnrol")}
          </button>
        </form>
      )}
      {security.twoFactorEnabled && (
        <form className="space-y-3" noValidate onSubmit={(e) => e.preventDefault()}>
          <ConfirmPassword value={password} onChange={setPassword} errors={errors.password} />
          <div className="flex flex-wrap gap-2">
            <button type="button" className={quiet} disabled={regenerate.isPending} onClick={() => regenerate.mutate({ password })}>
              {t("regenerate")}
            </button>
            {!security.twoFactorRequired && (
              <button type="button" className={quiet} disabled={disable.isPending} onClick={() => disable.mutate({ password })}>
                {t("disable")}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}

function Sessions() {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const [, startTransition] = useTransition();
  const everywhere = useMutation(
    trpc.account.signOutEverywhere.mutationOptions({ onSuccess: () => startTransition(() => endSessionAction("signed_out_everywhere")) }),
  );
  return (
    <section className={card}>
      <h2 className="text-lg font-semibold">{t("sessionsTitle")}</h2>
      <p className="text-sm text-slate-700">{t("sessionsLead")}</p>
      <button type="button" className={quiet} disabled={everywhere.isPending} onClick={() => everywhere.mutate()}>
        {t("signOutEverywhere")}
      </button>
    </section>
  );
}

export function AccountSettings({ security }: { security: Security }) {
  return (
    <div className="space-y-4">
      <ChangePassword />
      {!security.mustChangePassword && <TwoFactor security={security} />}
      <Sessions />
    </div>
  );
}

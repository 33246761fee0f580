"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/app/_components/form/text-field";
import { Button } from "@/app/_components/form/button";
import { cardClass } from "@/app/_components/form/card";
import { useTRPC } from "@/app/_trpc/client";
import type { RouterOutputs } from "@/app/_trpc/types";
import { fieldErrorsOf, type FieldErrors } from "@/app/_components/field-errors";
import { FormError } from "@/app/_components/form-error";

export type Security = RouterOutputs["account"]["security"];

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

export function TwoFactor({ security }: { security: Security }) {
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
      <section className={cardClass("md", "space-y-3")} aria-labelledby="two-factor-title">
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
    <section className={cardClass("md", "space-y-3")} aria-labelledby="two-factor-title">
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
          <Button disabled={begin.isPending}>{t("enrol")}</Button>
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
          <Button disabled={confirm.isPending}>{t("confirmEnrol")}</Button>
        </form>
      )}
      {security.twoFactorEnabled && (
        <form className="space-y-3" noValidate onSubmit={(e) => e.preventDefault()}>
          <ConfirmPassword value={password} onChange={setPassword} errors={errors.password} />
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="secondary" disabled={regenerate.isPending} onClick={() => regenerate.mutate({ password })}>
              {t("regenerate")}
            </Button>
            {!security.twoFactorRequired && (
              <Button type="button" variant="secondary" disabled={disable.isPending} onClick={() => disable.mutate({ password })}>
                {t("disable")}
              </Button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}

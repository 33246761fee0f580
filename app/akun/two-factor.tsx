"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/app/_components/form/text-field";
import { Button } from "@/app/_components/form/button";
import { cardClass } from "@/app/_components/form/card";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { useTRPC } from "@/app/_trpc/client";
import type { RouterOutputs } from "@/app/_trpc/types";
import { FormError } from "@/app/_components/form-error";

export type Security = RouterOutputs["account"]["security"];
type Setup = RouterOutputs["account"]["beginTwoFactor"];

/** Two-step verification: turned on with a code from the app, then recovery codes renewed or (where allowed) turned off. */
export function TwoFactor({ security }: { security: Security }) {
  const t = useTranslations("account");
  const [setup, setSetup] = useState<Setup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  return (
    <section className={cardClass("md", "space-y-3")} aria-labelledby="two-factor-title">
      <h2 id="two-factor-title" className="text-lg font-semibold">
        {t("twoFactorTitle")}
      </h2>
      {codes ? (
        <>
          <p role="status">{t("twoFactorOn")}</p>
          <RecoveryCodes codes={codes} />
          <a href="/dashboard" className="inline-block font-semibold text-brand-800 underline">
            {t("continue")}
          </a>
        </>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {security.twoFactorEnabled ? t("twoFactorOnLead", { left: security.recoveryCodesLeft }) : t("twoFactorOffLead")}
          </p>
          {security.twoFactorEnabled ? (
            <ManageTwoFactor required={security.twoFactorRequired} onCodes={setCodes} />
          ) : setup ? (
            <ConfirmEnrolment setup={setup} onCodes={setCodes} />
          ) : (
            <BeginEnrolment onBegun={setSetup} />
          )}
        </>
      )}
    </section>
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
function usePasswordForm() {
  const t = useTranslations("account");
  const f = useMutationForm({ password: "" });
  const field = (
    <TextField {...f.field("password")} id="confirm-password" label={t("confirmPassword")} type="password" autoComplete="current-password" />
  );
  return { f, field };
}

function BeginEnrolment({ onBegun }: { onBegun: (setup: Setup) => void }) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const { f, field } = usePasswordForm();
  const begin = useMutation(trpc.account.beginTwoFactor.mutationOptions({ ...f.options, onSuccess: onBegun }));
  return (
    <form className="space-y-3" noValidate onSubmit={f.submit(begin)}>
      <FormError errors={f.errors} />
      {field}
      <Button disabled={begin.isPending}>{t("enrol")}</Button>
    </form>
  );
}

function ConfirmEnrolment({ setup, onCodes }: { setup: Setup; onCodes: (codes: string[]) => void }) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const router = useRouter();
  const f = useMutationForm({ code: "" }, { keepValues: true });
  const confirm = useMutation(
    trpc.account.confirmTwoFactor.mutationOptions({ ...f.options, onSuccess: (r) => (onCodes(r.recoveryCodes), router.refresh()) }),
  );
  return (
    <form className="space-y-3" noValidate onSubmit={f.submit(confirm)}>
      <FormError errors={f.errors} />
      <p>{t("scan")}</p>
      {/* The SVG is made on our server from our own otpauth URI: no script, no outside input. */}
      <div className="h-48 w-48" aria-hidden="true" dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
      <p className="text-sm">
        {t("orType")}{" "}
        <code className="break-all font-mono" data-totp-secret>
          {setup.secret}
        </code>
      </p>
      <TextField {...f.field("code")} id="totp-code" label={t("code")} inputMode="numeric" autoComplete="one-time-code" />
      <Button disabled={confirm.isPending}>{t("confirmEnrol")}</Button>
    </form>
  );
}

function ManageTwoFactor({ required, onCodes }: { required: boolean; onCodes: (codes: string[]) => void }) {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const { f, field } = usePasswordForm();
  const regenerate = useMutation(trpc.account.regenerateRecoveryCodes.mutationOptions({ ...f.options, onSuccess: (r) => onCodes(r.recoveryCodes) }));
  const disable = useMutation(trpc.account.disableTwoFactor.mutationOptions(f.options));
  return (
    <form className="space-y-3" noValidate onSubmit={f.submit(regenerate)}>
      <FormError errors={f.errors} />
      {field}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" disabled={regenerate.isPending}>
          {t("regenerate")}
        </Button>
        {!required && (
          <Button type="button" variant="secondary" disabled={disable.isPending} onClick={f.submit(disable)}>
            {t("disable")}
          </Button>
        )}
      </div>
    </form>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { TextField } from "@/app/_components/form/text-field";
import { Button } from "@/app/_components/form/button";
import { cardClass } from "@/app/_components/form/card";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { useTRPC } from "@/app/_trpc/client";
import { endSessionAction } from "./actions";
import { FormError } from "@/app/_components/form-error";

const PASSWORDS = [
  ["currentPassword", "current-password"],
  ["newPassword", "new-password"],
  ["confirmPassword", "new-password"],
] as const;

/** A new password, confirmed with the current one; every session ends once it is changed, this one too. */
export function ChangePassword() {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const f = useMutationForm({ currentPassword: "", newPassword: "", confirmPassword: "" }, { keepValues: true });
  const [, startTransition] = useTransition();
  const change = useMutation(
    trpc.account.changePassword.mutationOptions({ ...f.options, onSuccess: () => startTransition(() => endSessionAction("password_changed")) }),
  );
  return (
    <form className={cardClass("md", "space-y-3")} noValidate onSubmit={f.submit(change)}>
      <h2 className="text-lg font-semibold">{t("passwordTitle")}</h2>
      <p className="text-sm text-slate-700">{t("passwordLead")}</p>
      <FormError errors={f.errors} />
      {PASSWORDS.map(([name, autoComplete]) => (
        <TextField
          key={name}
          {...f.field(name)}
          id={name}
          label={t(name)}
          hint={name === "newPassword" ? t("newPasswordHint") : undefined}
          type="password"
          autoComplete={autoComplete}
        />
      ))}
      <Button disabled={change.isPending}>{t("changePassword")}</Button>
    </form>
  );
}

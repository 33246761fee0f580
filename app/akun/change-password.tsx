"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { TextField } from "@/app/_components/form/text-field";
import { Button } from "@/app/_components/form/button";
import { cardClass } from "@/app/_components/form/card";
import { useTRPC } from "@/app/_trpc/client";
import { endSessionAction } from "./actions";
import { fieldErrorsOf, type FieldErrors } from "@/app/_components/field-errors";
import { FormError } from "@/app/_components/form-error";

/** A new password, confirmed with the current one. */
export function ChangePassword() {
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
      className={cardClass("md", "space-y-3")}
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
      <Button disabled={change.isPending}>{t("changePassword")}</Button>
    </form>
  );
}

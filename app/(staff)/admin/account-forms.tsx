"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ROLES, type Role } from "@/server/db/schema/constants";
import { useTRPC } from "@/app/_trpc/client";
import { errorLineOf } from "@/app/_components/field-errors";
import { Button } from "@/app/_components/form/button";
import { FormStatus } from "@/app/_components/form/form-status";
import { SelectField } from "@/app/_components/form/select-field";
import { TextField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { adminGrid } from "./catalogue-forms";

const NEW_ACCOUNT: { email: string; name: string; role: Role; agencyId: string } = { email: "", name: "", role: "agency_responder", agencyId: "" };

export function AccountForm({ agencies }: { agencies: Array<{ id: string; name: string }> }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const f = useMutationForm(NEW_ACCOUNT);
  const [notice, setNotice] = useState<string | null>(null);
  const create = useMutation(
    trpc.admin.createAccount.mutationOptions({
      ...f.options,
      onSuccess: (r, sent) => {
        setNotice(t("admin.temporaryPassword", { email: sent.email, password: r.temporaryPassword }));
        f.options.onSuccess();
      },
    }),
  );
  // A new admin is asked for, not made: another admin approves and receives the temporary password.
  const request = useMutation(
    trpc.admin.requestChange.mutationOptions({
      ...f.options,
      onSuccess: () => {
        setNotice(t("admin.requests.sent"));
        f.options.onSuccess();
      },
    }),
  );
  const toRequest = { mutate: (v: typeof f.values) => request.mutate({ kind: "create_admin", email: v.email, name: v.name }) };
  return (
    <form className={adminGrid} onSubmit={(e) => (setNotice(null), f.submit(f.values.role === "admin" ? toRequest : create)(e))}>
      <TextField {...f.field("email")} label={t("admin.email")} type="email" />
      <TextField {...f.field("name")} label={t("admin.name")} />
      <SelectField {...f.field("role")} label={t("admin.role")} options={ROLES.map((r) => [r, t(`roles.${r}`)] as const)} />
      <SelectField {...f.field("agencyId")} label={t("admin.agency")} options={[["", "—"], ...agencies.map((a) => [a.id, a.name] as const)]} />
      <Button>{t("admin.add")}</Button>
      <FormStatus errors={f.errors} saved={false} savedText="" />
      {notice && (
        <p role="status" className="rounded bg-amber-50 p-2 text-sm sm:col-span-3">
          {notice}
        </p>
      )}
    </form>
  );
}

type AccountRef = { userId: string; email: string; active: boolean; role: string; twoFactorEnabled: boolean };

export function AccountActions({ userId, email, active, role, twoFactorEnabled }: AccountRef) {
  const t = useTranslations("admin");
  const trpc = useTRPC();
  const router = useRouter();
  const [note, setNote] = useState<string | null>(null);
  const failed = (e: unknown) => setNote(errorLineOf(e));
  const toggle = useMutation(trpc.admin.setActive.mutationOptions({ onSuccess: () => router.refresh(), onError: failed }));
  const reset = useMutation(
    trpc.admin.resetPassword.mutationOptions({
      onSuccess: (r) => setNote(t("temporaryPassword", { email, password: r.temporaryPassword })),
      onError: failed,
    }),
  );
  // An admin's password and anyone's two-step sign-in are reset by two admins: this only asks.
  const request = useMutation(
    trpc.admin.requestChange.mutationOptions({ onSuccess: () => (setNote(t("requests.sent")), router.refresh()), onError: failed }),
  );
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" size="sm" onClick={() => toggle.mutate({ userId, active: !active })}>
        {active ? t("deactivate") : t("activate")}
      </Button>
      <Button
        type="button"
        variant="secondary"
        size="sm"
        onClick={() => (role === "admin" ? request.mutate({ kind: "reset_password", userId }) : reset.mutate({ userId }))}
      >
        {t("resetPassword")}
      </Button>
      {twoFactorEnabled && (
        <Button type="button" variant="secondary" size="sm" onClick={() => request.mutate({ kind: "reset_two_factor", userId })}>
          {t("resetTwoFactor")}
        </Button>
      )}
      {note && (
        <span role="status" className="text-xs">
          {note}
        </span>
      )}
    </span>
  );
}

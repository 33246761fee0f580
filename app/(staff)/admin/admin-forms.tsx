"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { AGENCY_KINDS, ROLES } from "@/server/db/schema/constants";
import { inputClass } from "@/app/_components/field";
import { useTRPC } from "@/app/_trpc/client";
import type { RouterInputs } from "@/app/_trpc/types";
import { errorLineOf, fieldErrorsOf, type FieldErrors } from "@/app/_components/field-errors";
import { FormError } from "@/app/_components/form-error";

type Fields = Record<string, string>;
// Forms hold what was typed, as text; each submit hands it to its procedure typed as that procedure's input (the
// property names are checked here, the values by the procedure's zod schema, whose errors come back per field).

export function useForm(initial: Fields) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const router = useRouter();
  const t = useTranslations("admin");
  const options = {
    onSuccess: () => (setValues(initial), setErrors({}), setMessage(t("saved")), router.refresh()),
    onError: (e: unknown) => {
      setErrors(fieldErrorsOf(e));
      setMessage(null);
    },
  };
  const input = (name: string, label: string, type = "text") => (
    <label className="block text-sm">
      <span className="font-medium">{label}</span>
      <input
        name={name}
        type={type}
        value={values[name] ?? ""}
        onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        aria-invalid={Boolean(errors[name])}
        className={`${inputClass} mt-1`}
      />
      {errors[name] && <span className="text-red-700">{errors[name].join(" ")}</span>}
    </label>
  );
  const select = (name: string, label: string, options: Array<[string, string]>) => (
    <label className="block text-sm">
      <span className="font-medium">{label}</span>
      <select
        name={name}
        value={values[name] ?? ""}
        onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        className={`${inputClass} mt-1`}
      >
        <option value="">—</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      {errors[name] && <span className="text-red-700">{errors[name].join(" ")}</span>}
    </label>
  );
  const status = (
    <>
      <FormError errors={errors} />
      {message && (
        <p role="status" className="text-sm">
          {message}
        </p>
      )}
    </>
  );
  return { values, options, input, select, status, setMessage };
}

export const grid = "grid grid-cols-1 gap-2 rounded-lg bg-white p-3 shadow-sm sm:grid-cols-3";
export const button = "self-end rounded-md bg-brand-800 px-4 py-2 font-semibold text-white";

export function AgencyForm() {
  const t = useTranslations("admin");
  const trpc = useTRPC();
  const f = useForm({ slug: "", acronym: "", nameId: "", nameEn: "", kind: "ministry" });
  const create = useMutation(trpc.admin.createAgency.mutationOptions(f.options));
  return (
    <form className={grid} onSubmit={(e) => (e.preventDefault(), create.mutate(f.values as RouterInputs["admin"]["createAgency"]))}>
      {f.input("slug", t("slug"))}
      {f.input("acronym", t("acronym"))}
      {f.select(
        "kind",
        t("kind"),
        AGENCY_KINDS.map((k) => [k, t(`kinds.${k}`)]),
      )}
      {f.input("nameId", t("nameId"))}
      {f.input("nameEn", t("nameEn"))}
      <button type="submit" className={button}>
        {t("add")}
      </button>
      {f.status}
    </form>
  );
}

export function ServiceForm({ agencies, topics }: { agencies: Array<{ id: string; name: string }>; topics: Array<[string, string]> }) {
  const t = useTranslations("admin");
  const trpc = useTRPC();
  const f = useForm({ agencyId: "", topicCode: "", code: "", nameId: "", nameEn: "", keywords: "", aliases: "" });
  const create = useMutation(trpc.admin.createService.mutationOptions(f.options));
  return (
    <form className={grid} onSubmit={(e) => (e.preventDefault(), create.mutate(f.values as RouterInputs["admin"]["createService"]))}>
      {f.select(
        "agencyId",
        t("agency"),
        agencies.map((a) => [a.id, a.name]),
      )}
      {f.select("topicCode", t("topic"), topics)}
      {f.input("code", t("code"))}
      {f.input("keywords", t("keywords"))}
      {f.input("aliases", t("aliases"))}
      {f.input("nameId", t("nameId"))}
      {f.input("nameEn", t("nameEn"))}
      <button type="submit" className={button}>
        {t("add")}
      </button>
      {f.status}
    </form>
  );
}

export function PlaceForm() {
  const t = useTranslations("admin");
  const trpc = useTRPC();
  const f = useForm({ slug: "", name: "", city: "", lat: "", lng: "" });
  const create = useMutation(trpc.admin.createPlace.mutationOptions(f.options));
  return (
    <form className={grid} onSubmit={(e) => (e.preventDefault(), create.mutate(f.values as RouterInputs["admin"]["createPlace"]))}>
      {f.input("slug", t("slug"))}
      {f.input("name", t("name"))}
      {f.input("city", t("city"))}
      {f.input("lat", t("lat"))}
      {f.input("lng", t("lng"))}
      <button type="submit" className={button}>
        {t("add")}
      </button>
      {f.status}
    </form>
  );
}

export function AccountForm({ agencies }: { agencies: Array<{ id: string; name: string }> }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const f = useForm({ email: "", name: "", role: "agency_responder", agencyId: "" });
  const [issued, setIssued] = useState<string | null>(null);
  const create = useMutation(
    trpc.admin.createAccount.mutationOptions({
      ...f.options,
      onSuccess: (r) => (
        setIssued(t("admin.temporaryPassword", { email: f.values.email ?? "", password: r.temporaryPassword })),
        f.options.onSuccess()
      ),
    }),
  );
  // A new admin is asked for, not made: another admin approves and receives the temporary password.
  const request = useMutation(
    trpc.admin.requestChange.mutationOptions({ ...f.options, onSuccess: () => (f.options.onSuccess(), f.setMessage(t("admin.requests.sent"))) }),
  );
  const submit = () =>
    f.values.role === "admin"
      ? request.mutate({ kind: "create_admin", email: f.values.email ?? "", name: f.values.name ?? "" })
      : create.mutate(f.values as RouterInputs["admin"]["createAccount"]);
  return (
    <form className={grid} onSubmit={(e) => (e.preventDefault(), setIssued(null), submit())}>
      {f.input("email", t("admin.email"), "email")}
      {f.input("name", t("admin.name"))}
      {f.select(
        "role",
        t("admin.role"),
        ROLES.map((r) => [r, t(`roles.${r}`)]),
      )}
      {f.select(
        "agencyId",
        t("admin.agency"),
        agencies.map((a) => [a.id, a.name]),
      )}
      <button type="submit" className={button}>
        {t("admin.add")}
      </button>
      {f.status}
      {issued && (
        <p role="status" className="rounded bg-amber-50 p-2 text-sm sm:col-span-3">
          {issued}
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
  const small = "rounded border border-brand-800 px-2 py-1 text-xs text-brand-800";
  return (
    <span className="flex flex-wrap items-center gap-2">
      <button type="button" onClick={() => toggle.mutate({ userId, active: !active })} className={small}>
        {active ? t("deactivate") : t("activate")}
      </button>
      <button
        type="button"
        onClick={() => (role === "admin" ? request.mutate({ kind: "reset_password", userId }) : reset.mutate({ userId }))}
        className={small}
      >
        {t("resetPassword")}
      </button>
      {twoFactorEnabled && (
        <button type="button" onClick={() => request.mutate({ kind: "reset_two_factor", userId })} className={small}>
          {t("resetTwoFactor")}
        </button>
      )}
      {note && (
        <span role="status" className="text-xs">
          {note}
        </span>
      )}
    </span>
  );
}

const RETENTION_FIELDS = [
  "contactDaysAfterClose",
  "attachmentDaysAfterClose",
  "fingerprintDays",
  "conversationDays",
  "outboxDays",
  "monitorCheckDays",
  "monitorMinuteDays",
] as const;

/** How long personal data is kept, in days; the nightly retention job and the public privacy notice both read it. */
export function RetentionForm({ schedule }: { schedule: Record<(typeof RETENTION_FIELDS)[number], number> }) {
  const t = useTranslations("admin.retention");
  const trpc = useTRPC();
  const f = useForm(Object.fromEntries(RETENTION_FIELDS.map((k) => [k, String(schedule[k])])));
  const save = useMutation(trpc.privacy.setRetention.mutationOptions(f.options));
  return (
    <form className={grid} onSubmit={(e) => (e.preventDefault(), save.mutate(f.values as RouterInputs["privacy"]["setRetention"]))}>
      {RETENTION_FIELDS.map((k) => (
        <div key={k}>{f.input(k, t(k), "number")}</div>
      ))}
      <button type="submit" className={button}>
        {t("save")}
      </button>
      {f.status}
    </form>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorLineOf } from "@/app/_components/field-errors";
import { useTRPC } from "@/app/_trpc/client";
import { MONITOR_METHODS } from "@/server/db/schema/constants";
import { Button } from "@/app/_components/form/button";
import { FormStatus } from "@/app/_components/form/form-status";
import { SelectField } from "@/app/_components/form/select-field";
import { TextField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { adminGrid } from "./catalogue-forms";

type NewMonitor = Record<
  "serviceId" | "name" | "url" | "expectStatusMin" | "expectStatusMax" | "expectText" | "timeoutMs" | "intervalSeconds" | "failuresToOpen",
  string
> & { method: (typeof MONITOR_METHODS)[number] };

const NEW_MONITOR: NewMonitor = {
  serviceId: "",
  name: "",
  url: "",
  method: "GET",
  expectStatusMin: "200",
  expectStatusMax: "399",
  expectText: "",
  timeoutMs: "10000",
  intervalSeconds: "60",
  failuresToOpen: "3",
};

/** An admin attaches a monitor to a catalogue service. */
export function MonitorForm({ services }: { services: Array<[string, string]> }) {
  const t = useTranslations("admin.monitors");
  const admin = useTranslations("admin");
  const trpc = useTRPC();
  const f = useMutationForm(NEW_MONITOR);
  const create = useMutation(trpc.monitor.create.mutationOptions(f.options));
  const number = { type: "number", inputMode: "numeric" } as const;
  return (
    <form className={adminGrid} data-testid="monitor-form" onSubmit={f.submit(create)}>
      <SelectField {...f.field("serviceId")} label={t("service")} options={[["", "—"], ...services]} />
      <TextField {...f.field("name")} label={t("name")} />
      <TextField {...f.field("url")} label={t("url")} type="url" />
      <SelectField {...f.field("method")} label={t("method")} options={MONITOR_METHODS.map((m) => [m, m] as const)} />
      <TextField {...f.field("expectStatusMin")} label={t("statusMin")} {...number} />
      <TextField {...f.field("expectStatusMax")} label={t("statusMax")} {...number} />
      <TextField {...f.field("expectText")} label={t("text")} />
      <TextField {...f.field("timeoutMs")} label={t("timeout")} {...number} />
      <TextField {...f.field("intervalSeconds")} label={t("interval")} {...number} />
      <TextField {...f.field("failuresToOpen")} label={t("failures")} {...number} />
      <Button>{t("add")}</Button>
      <FormStatus errors={f.errors} saved={f.saved} savedText={admin("saved")} />
    </form>
  );
}

export function MonitorToggle({ monitorId, active }: { monitorId: string; active: boolean }) {
  const t = useTranslations("admin.monitors");
  const trpc = useTRPC();
  const router = useRouter();
  const [note, setNote] = useState<string | null>(null);
  const toggle = useMutation(trpc.monitor.setActive.mutationOptions({ onSuccess: () => router.refresh(), onError: (e) => setNote(errorLineOf(e)) }));
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant="secondary" size="sm" onClick={() => toggle.mutate({ monitorId, active: !active })}>
        {active ? t("pause") : t("resume")}
      </Button>
      {note && <span role="alert">{note}</span>}
    </span>
  );
}

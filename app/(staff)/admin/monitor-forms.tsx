"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorLineOf } from "@/app/_components/field-errors";
import { useTRPC } from "@/app/_trpc/client";
import { button, grid, useForm } from "./admin-forms";

/** An admin attaches a monitor to a catalogue service. */
export function MonitorForm({ services }: { services: Array<[string, string]> }) {
  const t = useTranslations("admin.monitors");
  const trpc = useTRPC();
  const f = useForm({
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
  });
  const create = useMutation(trpc.monitor.create.mutationOptions(f.options));
  return (
    <form
      className={grid}
      data-testid="monitor-form"
      onSubmit={(e) => {
        e.preventDefault();
        const { serviceId = "", name = "", url = "", ...rest } = f.values;
        create.mutate({ ...rest, serviceId, name, url });
      }}
    >
      {f.select("serviceId", t("service"), services)}
      {f.input("name", t("name"))}
      {f.input("url", t("url"), "url")}
      {f.select("method", t("method"), [
        ["GET", "GET"],
        ["HEAD", "HEAD"],
      ])}
      {f.input("expectStatusMin", t("statusMin"), "number")}
      {f.input("expectStatusMax", t("statusMax"), "number")}
      {f.input("expectText", t("text"))}
      {f.input("timeoutMs", t("timeout"), "number")}
      {f.input("intervalSeconds", t("interval"), "number")}
      {f.input("failuresToOpen", t("failures"), "number")}
      <button type="submit" className={button}>
        {t("add")}
      </button>
      {f.status}
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
      <button
        type="button"
        onClick={() => toggle.mutate({ monitorId, active: !active })}
        className="rounded border border-brand-800 px-2 py-1 text-xs text-brand-800"
      >
        {active ? t("pause") : t("resume")}
      </button>
      {note && <span role="alert">{note}</span>}
    </span>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { inputClass } from "@/app/_components/field";
import { useMutationStatus } from "@/app/_components/use-mutation-status";
import { useTRPC } from "@/app/_trpc/client";

export function StatementForm({ incidentId }: { incidentId: string }) {
  const t = useTranslations("agency");
  const trpc = useTRPC();
  const [body, setBody] = useState("");
  const status = useMutationStatus(() => setBody(""));
  const post = useMutation(trpc.clarification.statement.mutationOptions(status.options));
  const id = `statement-${incidentId}`;
  const error = Object.values(status.errors).flat().join(" ");
  return (
    <form className="space-y-2" onSubmit={(e) => (e.preventDefault(), post.mutate({ incidentId, body }))}>
      <label htmlFor={id} className="block text-sm font-medium">
        {t("statement")}
      </label>
      <textarea id={id} value={body} onChange={(e) => setBody(e.target.value)} rows={2} aria-invalid={Boolean(error)} className={inputClass} />
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {status.done && (
        <p role="status" className="text-sm">
          {t("statementPosted")}
        </p>
      )}
      <button type="submit" className="rounded-md border border-brand-800 px-3 py-1.5 text-sm font-semibold text-brand-800">
        {t("postStatement")}
      </button>
    </form>
  );
}

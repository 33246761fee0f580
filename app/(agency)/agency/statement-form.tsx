"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { inputClass } from "../../_components/field";
import { useTRPC } from "../../_trpc/client";

/** Shared by the statement and answer forms: a text, a button, the server's field errors. */
export function useTextMutationState() {
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const options = {
    onSuccess: () => (setBody(""), setError(null), setDone(true)),
    onError: (e: unknown) => {
      const fields = e instanceof TRPCClientError ? (e.data as { fieldErrors?: Record<string, string[]> | null })?.fieldErrors : null;
      setError(fields ? Object.values(fields).flat().join(" ") : e instanceof Error ? e.message : String(e));
    },
  };
  return { body, setBody, error, done, options };
}

export function StatementForm({ incidentId }: { incidentId: string }) {
  const t = useTranslations("agency");
  const trpc = useTRPC();
  const s = useTextMutationState();
  const post = useMutation(trpc.clarification.statement.mutationOptions(s.options));
  const id = `statement-${incidentId}`;
  return (
    <form className="space-y-2" onSubmit={(e) => (e.preventDefault(), post.mutate({ incidentId, body: s.body }))}>
      <label htmlFor={id} className="block text-sm font-medium">
        {t("statement")}
      </label>
      <textarea id={id} value={s.body} onChange={(e) => s.setBody(e.target.value)} rows={2} className={inputClass} />
      {s.error && <p role="alert" className="text-sm text-red-700">{s.error}</p>}
      {s.done && <p role="status" className="text-sm">{t("statementPosted")}</p>}
      <button type="submit" className="rounded-md border border-brand-800 px-3 py-1.5 text-sm font-semibold text-brand-800">
        {t("postStatement")}
      </button>
    </form>
  );
}

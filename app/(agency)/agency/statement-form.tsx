"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/form/button";
import { FormStatus } from "@/app/_components/form/form-status";
import { TextAreaField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { useTRPC } from "@/app/_trpc/client";

/** The agency's public statement on an incident, shown on the incident's public page under the agency's name. */
export function StatementForm({ incidentId }: { incidentId: string }) {
  const t = useTranslations("agency");
  const trpc = useTRPC();
  const f = useMutationForm({ body: "", bodyEn: "" });
  const post = useMutation(trpc.clarification.statement.mutationOptions(f.options));
  return (
    <form className="space-y-2" onSubmit={f.submit(post, (v) => ({ incidentId, ...v }))}>
      <TextAreaField {...f.field("body")} id={`statement-${incidentId}`} label={t("statement")} rows={2} />
      <TextAreaField {...f.field("bodyEn")} id={`statement-en-${incidentId}`} label={t("statementEn")} rows={2} lang="en" />
      <FormStatus errors={f.errors} saved={f.saved} savedText={t("statementPosted")} />
      <Button variant="secondary" size="sm">
        {t("postStatement")}
      </Button>
    </form>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { EVIDENCE_PARTS, type EvidencePart } from "@/server/db/schema/constants";
import { errorLineOf } from "@/app/_components/field-errors";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/app/_components/form/button";

/** Staff choose which computed parts of the evidence the report includes; the figures themselves are not theirs to edit. */
export function EvidencePartsForm({ reportId, version, parts }: { reportId: string; version: number; parts: EvidencePart[] }) {
  const t = useTranslations("publicReport.evidence");
  const trpc = useTRPC();
  const router = useRouter();
  const [chosen, setChosen] = useState<EvidencePart[]>(parts);
  const [note, setNote] = useState<string | null>(null);
  const save = useMutation(
    trpc.report.update.mutationOptions({ onSuccess: () => (setNote(t("saved")), router.refresh()), onError: (e) => setNote(errorLineOf(e)) }),
  );
  return (
    <form
      className="space-y-2"
      data-testid="evidence-parts"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ reportId, expectedVersion: version, evidenceParts: chosen });
      }}
    >
      <fieldset className="space-y-1">
        <legend className="font-semibold">{t("choose")}</legend>
        <p className="text-sm text-slate-700">{t("chooseHint")}</p>
        {EVIDENCE_PARTS.map((part) => (
          <label key={part} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="evidenceParts"
              value={part}
              checked={chosen.includes(part)}
              onChange={(e) => setChosen(e.target.checked ? [...chosen, part] : chosen.filter((p) => p !== part))}
            />
            {t(`parts.${part}`)}
          </label>
        ))}
      </fieldset>
      <Button disabled={save.isPending}>{t("save")}</Button>
      {note && <p role="status">{note}</p>}
    </form>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorLineOf } from "@/app/_components/field-errors";
import { useTRPC } from "@/app/_trpc/client";

type Decision = "approve" | "reject" | "cancel";

/** Approve, reject or (for its requester) cancel one pending request; an approval shows any temporary password once. */
export function DecideRequest({ requestId, own, email }: { requestId: string; own: boolean; email: string }) {
  const t = useTranslations("admin");
  const trpc = useTRPC();
  const router = useRouter();
  const [note, setNote] = useState<string | null>(null);
  const [decided, setDecided] = useState(false);
  const decide = useMutation(
    trpc.admin.decideRequest.mutationOptions({
      onSuccess: (r) => (
        setDecided(true),
        setNote(r.temporaryPassword ? t("temporaryPassword", { email, password: r.temporaryPassword }) : t(`requests.${r.status}`)),
        // The password stays on screen until read: the list refreshes only when there is none to show.
        r.temporaryPassword ? undefined : router.refresh()
      ),
      onError: (e) => setNote(errorLineOf(e)),
    }),
  );
  const decisions: Decision[] = own ? ["cancel"] : ["approve", "reject"];
  return (
    <span className="flex flex-wrap items-center gap-2">
      {!decided &&
        decisions.map((d) => (
          <button
            key={d}
            type="button"
            disabled={decide.isPending}
            onClick={() => decide.mutate({ requestId, decision: d })}
            className="rounded border border-brand-800 px-2 py-1 text-xs text-brand-800"
          >
            {t(`requests.${d}`)}
          </button>
        ))}
      {note && (
        <span role="status" className="rounded bg-amber-50 p-1 text-xs">
          {note}
        </span>
      )}
    </span>
  );
}

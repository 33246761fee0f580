"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTRPC } from "../../../_trpc/client";

/** "Was it really fixed?" — "no" reopens the case for review. */
export function FixedCheckForm({ code }: { code: string }) {
  const t = useTranslations("fixedCheck");
  const trpc = useTRPC();
  const router = useRouter();
  const answer = useMutation(trpc.complaint.fixedCheck.mutationOptions({ onSuccess: () => router.refresh() }));
  if (answer.isSuccess) return <p role="status" className="rounded-md bg-brand-50 p-3">{answer.data.reopened ? t("reopened") : t("thanks")}</p>;
  return (
    <div className="flex flex-wrap gap-2">
      <button type="button" disabled={answer.isPending} onClick={() => answer.mutate({ code, fixed: true })} className="rounded-md bg-brand-800 px-4 py-2 font-semibold text-white">
        {t("yes")}
      </button>
      <button type="button" disabled={answer.isPending} onClick={() => answer.mutate({ code, fixed: false })} className="rounded-md border border-brand-800 px-4 py-2 font-semibold text-brand-800">
        {t("no")}
      </button>
    </div>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { inputClass } from "../../../../_components/field";
import { useTRPC } from "../../../../_trpc/client";
import { useTextMutationState } from "../../statement-form";

export function AnswerForm({ requestId }: { requestId: string }) {
  const t = useTranslations("agency");
  const trpc = useTRPC();
  const router = useRouter();
  const s = useTextMutationState();
  const answer = useMutation(trpc.clarification.answer.mutationOptions({ ...s.options, onSuccess: () => (s.options.onSuccess(), router.refresh()) }));
  return (
    <form className="space-y-2" onSubmit={(e) => (e.preventDefault(), answer.mutate({ requestId, body: s.body }))}>
      <label htmlFor="answer" className="block font-medium">
        {t("answer")}
      </label>
      <textarea id="answer" value={s.body} onChange={(e) => s.setBody(e.target.value)} rows={6} className={inputClass} />
      {s.error && <p role="alert" className="text-sm text-red-700">{s.error}</p>}
      {s.done && <p role="status">{t("answered")}</p>}
      <button type="submit" disabled={answer.isPending} className="rounded-md bg-brand-800 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {t("sendAnswer")}
      </button>
    </form>
  );
}

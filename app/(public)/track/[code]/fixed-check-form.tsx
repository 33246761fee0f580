"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { fixedCheckForm } from "./actions";
import { Button } from "@/app/_components/form/button";

/** "Was it really fixed?" — "no" reopens the case for review. Two submit buttons: it works without scripts too. */
export function FixedCheckForm({ code, permalink }: { code: string; permalink: string }) {
  const t = useTranslations("fixedCheck");
  const trpc = useTRPC();
  const router = useRouter();
  const [posted, postWithoutScripts] = useActionState(fixedCheckForm, null, permalink);
  const answer = useMutation(trpc.complaint.fixedCheck.mutationOptions({ onSuccess: () => router.refresh() }));
  if (answer.isSuccess)
    return (
      <p role="status" className="rounded-md bg-brand-50 p-3">
        {answer.data.reopened ? t("reopened") : t("thanks")}
      </p>
    );
  return (
    <form
      action={postWithoutScripts}
      onSubmit={(e) => {
        e.preventDefault();
        const pressed = e.nativeEvent.submitter as HTMLButtonElement | null;
        answer.mutate({ code, fixed: pressed?.value === "yes" });
      }}
      className="flex flex-wrap gap-2"
    >
      <input type="hidden" name="code" value={code} />
      {posted?.formError && (
        <p role="alert" className="w-full text-sm font-medium text-red-700">
          {posted.formError}
        </p>
      )}
      <Button name="fixed" value="yes" disabled={answer.isPending}>
        {t("yes")}
      </Button>
      <button
        type="submit"
        name="fixed"
        value="no"
        disabled={answer.isPending}
        className="rounded-md border border-brand-800 px-4 py-2 font-semibold text-brand-800"
      >
        {t("no")}
      </button>
    </form>
  );
}

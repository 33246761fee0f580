"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { FormError } from "@/app/_components/form-error";
import { Button } from "@/app/_components/form/button";
import { TextAreaField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { useTRPC } from "@/app/_trpc/client";

/** Grant or refuse one request, with the reason the reporter will read. */
export function DecideRequestForm({ requestId }: { requestId: string }) {
  const t = useTranslations("adminPrivacy");
  const trpc = useTRPC();
  const f = useMutationForm({ reason: "" });
  const decide = useMutation(trpc.privacy.decide.mutationOptions(f.options));
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        const decision: "granted" | "refused" = (e.nativeEvent.submitter as HTMLButtonElement | null)?.value === "granted" ? "granted" : "refused";
        f.submit(decide, (v) => ({ requestId, decision, ...v }))(e);
      }}
    >
      <FormError errors={f.errors} also={["decision"]} />
      <TextAreaField {...f.field("reason")} id={`reason-${requestId}`} label={t("reason")} hint={t("reasonHint")} rows={2} />
      <p className="flex gap-2">
        <Button value="granted" disabled={decide.isPending}>
          {t("grant")}
        </Button>
        <Button variant="secondary" value="refused" disabled={decide.isPending}>
          {t("refuse")}
        </Button>
      </p>
    </form>
  );
}

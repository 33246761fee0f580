"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { FormStatus } from "@/app/_components/form/form-status";
import { TextField } from "@/app/_components/form/text-field";
import { useMutationForm } from "@/app/_components/form/use-mutation-form";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/app/_components/form/button";
import { cardClass } from "@/app/_components/form/card";

/** Follow an incident, agency or service by email (double opt-in), with the Atom feed as the no-email way. */
export function FollowForm({ targetType, target, feedUrl }: { targetType: "incident" | "agency" | "service"; target: string; feedUrl: string }) {
  const t = useTranslations("follow");
  const locale = useLocale() as "id" | "en";
  const trpc = useTRPC();
  const f = useMutationForm({ email: "" });
  const follow = useMutation(trpc.subscription.follow.mutationOptions(f.options));
  return (
    <form
      className={cardClass("sm", "space-y-2 print:hidden")}
      onSubmit={f.submit(follow, (v) => ({ ...v, targetType, target, locale }))}
      data-testid="follow-form"
    >
      <p className="font-semibold">{t("title")}</p>
      <TextField {...f.field("email")} id={`follow-${targetType}`} label={t("email")} type="email" autoComplete="email" />
      <FormStatus errors={f.errors} saved={f.saved} savedText={t("sent")} also={["target"]} />
      <p className="flex flex-wrap items-center gap-3">
        <Button disabled={follow.isPending}>{t("submit")}</Button>
        <a href={feedUrl} className="text-sm underline">
          {t("feed")}
        </a>
      </p>
    </form>
  );
}

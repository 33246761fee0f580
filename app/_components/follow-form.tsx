"use client";

import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Field, inputClass } from "./field";
import { useMutationStatus } from "./use-mutation-status";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/app/_components/form/button";
import { cardClass } from "@/app/_components/form/card";

/** Follow an incident, agency or service by email (double opt-in), with the Atom feed as the no-email way. */
export function FollowForm({ targetType, target, feedUrl }: { targetType: "incident" | "agency" | "service"; target: string; feedUrl: string }) {
  const t = useTranslations("follow");
  const locale = useLocale() as "id" | "en";
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const status = useMutationStatus(() => setEmail(""));
  const follow = useMutation(trpc.subscription.follow.mutationOptions(status.options));
  const id = `follow-${targetType}`;
  return (
    <form
      className={cardClass("sm", "space-y-2 print:hidden")}
      onSubmit={(e) => (e.preventDefault(), follow.mutate({ email, targetType, target, locale }))}
      data-testid="follow-form"
    >
      <p className="font-semibold">{t("title")}</p>
      <Field id={id} label={t("email")} errors={status.errors.email ?? status.errors.target ?? status.errors._form}>
        {(d, invalid) => (
          <input
            id={id}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-describedby={d}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      {status.done && (
        <p role="status" className="text-sm">
          {t("sent")}
        </p>
      )}
      <p className="flex flex-wrap items-center gap-3">
        <Button disabled={follow.isPending}>{t("submit")}</Button>
        <a href={feedUrl} className="text-sm underline">
          {t("feed")}
        </a>
      </p>
    </form>
  );
}

"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/app/_components/form/button";
import { cardClass } from "@/app/_components/form/card";
import { useTRPC } from "@/app/_trpc/client";
import { endSessionAction } from "./actions";

import { ChangePassword } from "./change-password";
import { TwoFactor, type Security } from "./two-factor";

function Sessions() {
  const t = useTranslations("account");
  const trpc = useTRPC();
  const [, startTransition] = useTransition();
  const everywhere = useMutation(
    trpc.account.signOutEverywhere.mutationOptions({ onSuccess: () => startTransition(() => endSessionAction("signed_out_everywhere")) }),
  );
  return (
    <section className={cardClass("md", "space-y-3")}>
      <h2 className="text-lg font-semibold">{t("sessionsTitle")}</h2>
      <p className="text-sm text-slate-700">{t("sessionsLead")}</p>
      <Button type="button" variant="secondary" disabled={everywhere.isPending} onClick={() => everywhere.mutate()}>
        {t("signOutEverywhere")}
      </Button>
    </section>
  );
}

export function AccountSettings({ security }: { security: Security }) {
  return (
    <div className="space-y-4">
      <ChangePassword />
      {!security.mustChangePassword && <TwoFactor security={security} />}
      <Sessions />
    </div>
  );
}

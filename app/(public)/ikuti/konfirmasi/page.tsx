import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientProviders } from "@/app/_components/client-providers";
import { TokenAction } from "@/app/_components/token-action";

export const metadata: Metadata = { robots: { index: false } };

export default async function ConfirmFollowPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const [{ token = "" }, t] = await Promise.all([searchParams, getTranslations("follow")]);
  return (
    <div className="mx-auto max-w-md space-y-3">
      <h1 className="text-2xl font-bold">{t("confirmTitle")}</h1>
      <p>{t("confirmLead")}</p>
      <ClientProviders>
        <TokenAction token={token} action="confirm" label={t("confirmButton")} done={t("confirmed")} failed={t("confirmFailed")} />
      </ClientProviders>
    </div>
  );
}

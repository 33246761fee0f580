import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientProviders } from "@/app/_components/client-providers";
import { orPageError } from "@/app/_trpc/page-errors";
import { getServerCaller } from "@/app/_trpc/server";
import { AccountSettings } from "./account-settings";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title"), robots: { index: false } };
}

/** The signed-in person's own account: password, two-factor sign-in, sessions. Open while the account is restricted. */
export default async function AccountPage() {
  const [t, caller] = await Promise.all([getTranslations("account"), getServerCaller()]);
  const security = await orPageError(caller.account.security());
  const mustEnrol = security.twoFactorRequired && !security.twoFactorEnabled;
  return (
    <section className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{security.email}</p>
      {(security.mustChangePassword || mustEnrol) && (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {security.mustChangePassword ? t("mustChangePassword") : t("mustEnrol")}
        </p>
      )}
      <ClientProviders>
        <AccountSettings security={security} />
      </ClientProviders>
    </section>
  );
}

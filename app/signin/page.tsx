import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pagePermalink } from "@/app/_components/form/permalink";
import { ClientProviders } from "@/app/_components/client-providers";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("title"), robots: { index: false } };
}

const NOTICES = ["password_changed", "signed_out_everywhere"] as const;

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; notice?: string }> }) {
  const [t, { callbackUrl, notice }] = await Promise.all([getTranslations("signIn"), searchParams]);
  return (
    <section className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
      <ClientProviders>
        <SignInForm callbackUrl={callbackUrl ?? "/dashboard"} notice={NOTICES.find((n) => n === notice) ?? null} permalink={await pagePermalink()} />
      </ClientProviders>
    </section>
  );
}

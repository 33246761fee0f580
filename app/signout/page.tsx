import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { signOut } from "@/server/auth/config";
import { Button } from "@/app/_components/form/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signOut");
  return { title: t("title"), robots: { index: false } };
}

export default async function SignOutPage() {
  const t = await getTranslations("signOut");
  async function signOutAction() {
    "use server";
    await signOut({ redirectTo: "/" });
  }
  return (
    <section className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
      <form action={signOutAction}>
        <Button size="lg">{t("submit")}</Button>
      </form>
    </section>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { auth } from "@/server/auth/config";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const [t, session] = await Promise.all([getTranslations("nav"), auth()]);
  return (
    <header className="bg-brand-800 text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:px-3 focus:py-2 focus:text-black">
        {t("skip")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold tracking-tight">
          Sigap
        </Link>
        <nav aria-label={t("main")} className="flex flex-wrap items-center gap-2 text-sm">
          <Link href="/lapor" className="rounded-md bg-white px-3 py-1.5 font-semibold text-brand-900 hover:bg-brand-50">
            {t("report")}
          </Link>
          <Link href="/track" className="rounded-md px-3 py-1.5 hover:bg-white/10">
            {t("track")}
          </Link>
          {session ? (
            <>
              <span className="px-1 text-white/90">{t("signedInAs", { name: session.user.name })}</span>
              <Link href="/dashboard" className="rounded-md px-3 py-1.5 hover:bg-white/10">
                {t("dashboard")}
              </Link>
              {session.user.role === "agency_responder" && (
                <Link href="/agency" className="rounded-md px-3 py-1.5 hover:bg-white/10">
                  {t("agency")}
                </Link>
              )}
              {session.user.role !== "agency_responder" && (
                <Link href="/console" className="rounded-md px-3 py-1.5 hover:bg-white/10">
                  {t("console")}
                </Link>
              )}
              {session.user.role === "admin" && (
                <Link href="/admin" className="rounded-md px-3 py-1.5 hover:bg-white/10">
                  {t("admin")}
                </Link>
              )}
              <Link href="/signout" className="rounded-md px-3 py-1.5 hover:bg-white/10">
                {t("signOut")}
              </Link>
            </>
          ) : (
            <Link href="/signin" className="rounded-md px-3 py-1.5 hover:bg-white/10">
              {t("signIn")}
            </Link>
          )}
          <LanguageSwitch />
        </nav>
      </div>
    </header>
  );
}

import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import type { Role } from "@/server/db/schema/constants";
import { auth } from "@/server/auth/config";
import { LanguageSwitch } from "./language-switch";

type NavKey =
  | "board"
  | "scorecards"
  | "openData"
  | "track"
  | "dashboard"
  | "agency"
  | "console"
  | "reports"
  | "mailbox"
  | "admin"
  | "account"
  | "signOut"
  | "signIn";

/** Which links each visitor sees; the pages behind them check access again on the server. */
function linksFor(role: Role | null): Array<[href: string, key: NavKey]> {
  if (!role)
    return [
      ["/insiden", "board"],
      ["/track", "track"],
      ["/signin", "signIn"],
    ];
  const links: Array<[string, NavKey]> = [
    ["/track", "track"],
    ["/dashboard", "dashboard"],
  ];
  if (role === "agency_responder") links.push(["/agency", "agency"]);
  else links.push(["/console", "console"], ["/console/reports", "reports"], ["/console/mail", "mailbox"]);
  if (role === "admin") links.push(["/admin", "admin"]);
  links.push(["/akun", "account"], ["/signout", "signOut"]);
  return links;
}

export async function SiteHeader() {
  const [t, session] = await Promise.all([getTranslations("nav"), auth()]);
  const role = session?.user?.role ?? null;
  return (
    <header className="print:hidden bg-brand-800 text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:px-3 focus:py-2 focus:text-black"
      >
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
          {session && <span className="px-1 text-white/90">{t("signedInAs", { name: session.user.name })}</span>}
          {linksFor(role).map(([href, key]) => (
            <Link key={href} href={href} className="rounded-md px-3 py-1.5 hover:bg-white/10">
              {t(key)}
            </Link>
          ))}
          <LanguageSwitch />
        </nav>
      </div>
    </header>
  );
}

import type { Metadata, Viewport } from "next";
import { Link } from "@/app/_components/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "./_components/site-header";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: { default: t("title"), template: "%s · Sigap" },
    description: t("description"),
    openGraph: { title: t("title"), description: t("description"), siteName: "Sigap", type: "website" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b4a46" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, nav] = await Promise.all([getLocale(), getTranslations("footer"), getTranslations("nav")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
          {children}
        </main>
        <footer className="border-t border-slate-200 bg-white print:hidden">
          <div className="mx-auto max-w-5xl space-y-2 px-4 py-4 text-sm text-slate-700">
            <nav aria-label={nav("public")} className="flex flex-wrap gap-4">
              <Link href="/insiden" className="underline">
                {nav("board")}
              </Link>
              <Link href="/laporan" className="underline">
                {nav("reportList")}
              </Link>
              <Link href="/instansi" className="underline">
                {nav("scorecards")}
              </Link>
              <Link href="/peta" className="underline">
                {nav("map")}
              </Link>
              <Link href="/statistik" className="underline">
                {nav("statistics")}
              </Link>
              <Link href="/laporan-berkala" className="underline">
                {nav("periodic")}
              </Link>
              <Link href="/data" className="underline">
                {nav("openData")}
              </Link>
              <Link href="/privasi" className="underline">
                {nav("privacy")}
              </Link>
              <Link href="/data-saya" className="underline">
                {nav("myData")}
              </Link>
            </nav>
            <p>{t("text")}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

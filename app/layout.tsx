import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "./_components/site-header";
import { TRPCReactProvider } from "./_trpc/client";
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
  const [locale, t] = await Promise.all([getLocale(), getTranslations("footer")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider>
          <TRPCReactProvider>
            <SiteHeader />
            <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
              {children}
            </main>
            <footer className="border-t border-slate-200 bg-white print:hidden">
              <p className="mx-auto max-w-5xl px-4 py-4 text-sm text-slate-700">{t("text")}</p>
            </footer>
          </TRPCReactProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

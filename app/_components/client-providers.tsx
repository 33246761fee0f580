import { NextIntlClientProvider } from "next-intl";
import { TRPCReactProvider } from "@/app/_trpc/client";

/**
 * Translations and the tRPC/React Query client, for the parts of a page that are interactive. Only those
 * parts get them: pages that are read, not filled in (the incident board, a published report), ship
 * neither, which keeps their JavaScript small on a phone in a queue.
 */
export function ClientProviders({ children }: { children: React.ReactNode }) {
  return (
    <NextIntlClientProvider>
      <TRPCReactProvider>{children}</TRPCReactProvider>
    </NextIntlClientProvider>
  );
}

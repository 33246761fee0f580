"use client";

import type { QueryClient } from "@tanstack/react-query";
import { QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpLink, isNonJsonSerializable, splitLink } from "@trpc/client";
import { CSRF_HEADER } from "@/server/http/csrf";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useLocale } from "next-intl";
import { useState } from "react";
import { LOCALE_HEADER } from "@/server/i18n/locale";
import superjson from "superjson";
import type { AppRouter } from "@/server/api/root";
import { makeQueryClient } from "./query-client";

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;
function getQueryClient() {
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

export function TRPCReactProvider({ children }: { children: React.ReactNode }) {
  const queryClient = getQueryClient();
  // The page's language (from its URL) goes with every call, for the messages the server answers in.
  const headers = { [CSRF_HEADER]: "1", [LOCALE_HEADER]: useLocale() };
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        // Forms with files go as multipart on their own request; everything else is batched JSON.
        splitLink({
          condition: (op) => isNonJsonSerializable(op.input),
          true: httpLink({ url: "/api/trpc", transformer: superjson, headers }),
          false: httpBatchLink({ url: "/api/trpc", transformer: superjson, headers }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

import "server-only";

import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { getQueryClient } from "./server";

/** Hands queries prefetched on the server to client components. Its own module, so pages that only read data do not ship React Query's hydration code. */
export function HydrateClient({ children }: { children: React.ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

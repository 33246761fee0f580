import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

/** What each procedure answers, read from the router: pages and components type their props from this, never by hand. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

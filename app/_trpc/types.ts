import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

/** What each procedure answers, read from the router: pages and components type their props from this, never by hand. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
/** What each procedure takes, as its caller writes it (before zod fills defaults). */
export type RouterInputs = inferRouterInputs<AppRouter>;

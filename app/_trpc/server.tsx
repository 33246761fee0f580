import "server-only";

import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { cache } from "react";
import { appRouter, createCaller } from "@/server/api/root";
import { createRequestContext } from "@/server/http/request-context";
import { makeQueryClient } from "./query-client";

const getContext = cache(createRequestContext);
export const getQueryClient = cache(makeQueryClient);

/** For prefetching in Server Components; Client Components then read the same query from the cache. */
export const trpc = createTRPCOptionsProxy({ ctx: getContext, router: appRouter, queryClient: getQueryClient });

/** Direct server-side calls for Server Components that only render data. */
export const getServerCaller = cache(async () => createCaller(await getContext()));

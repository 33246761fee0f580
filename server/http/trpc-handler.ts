import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { isForeignMutation } from "./csrf";
import { errorHeaders, localeOfRequest } from "./http-errors";
import { limitJsonRequest } from "./json-body-limit";
import { isMultipart, limitMultipartRequest } from "./multipart-limits";
import { appRouter } from "@/server/api/root";
import type { TrpcContext } from "@/server/api/trpc";
import { env } from "@/server/env";
import { log } from "@/server/log";

/**
 * Answers a tRPC request: refuses cross-site mutations, checks a multipart or JSON body's limits as it streams in, then
 * runs the procedure with the context `createContext` builds. The route handler (app/api/trpc) and the intake
 * lane (intake-lane.ts) both answer through this.
 */
export function trpcHandler(createContext: (req: Request) => Promise<TrpcContext>) {
  return async function handle(incoming: Request): Promise<Response> {
    if (isForeignMutation(incoming, env.trustProxyHops)) return Response.json({ error: "cross-site request refused" }, { status: 403 });
    const locale = localeOfRequest(incoming);
    const req = isMultipart(incoming) ? await limitMultipartRequest(incoming, locale) : await limitJsonRequest(incoming, locale);
    if (req instanceof Response) return req;
    return fetchRequestHandler({
      endpoint: "/api/trpc",
      req,
      router: appRouter,
      createContext: () => createContext(req),
      // No answer of the API is stored by a browser or proxy: some carry personal data (a tracking page, a
      // reporter's own data), and the public pages have their own shared cache. A 503 says when to try again.
      responseMeta: ({ errors }) =>
        errors.some((e) => e.code === "SERVICE_UNAVAILABLE")
          ? { headers: errorHeaders(503) }
          : { headers: new Headers({ "cache-control": "no-store" }) },
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") log.error({ err: error.cause ?? error, procedure: path ?? "?" }, "tRPC procedure failed");
      },
    });
  };
}

import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { cookies } from "next/headers";
import { isForeignMutation } from "@/server/api/csrf";
import { limitMultipartRequest } from "@/server/api/multipart-limits";
import { LOCALE_COOKIE, LOCALE_HEADER, requestLocale } from "@/server/i18n/locale";
import { createRequestContext } from "@/server/api/request-context";

async function handler(incoming: Request) {
  if (isForeignMutation(incoming)) return Response.json({ error: "cross-site request refused" }, { status: 403 });
  const req = await limitMultipartRequest(incoming, requestLocale(incoming.headers.get(LOCALE_HEADER), (await cookies()).get(LOCALE_COOKIE)?.value));
  if (req instanceof Response) return req;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: createRequestContext,
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };

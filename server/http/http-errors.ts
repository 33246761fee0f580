import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { ZodError } from "zod";
import type { Locale } from "@/server/db/schema/constants";
import { isDatabaseUnavailable } from "@/server/db/unavailable";
import { DomainError, type DomainErrorKind } from "@/server/domain/errors";
import type { FieldErrors } from "@/server/i18n/field-errors";
import { LOCALE_COOKIE, LOCALE_HEADER, requestLocale } from "@/server/i18n/locale";
import { cookieValue } from "./cookie-header";
import { fieldErrorsOfCause } from "./error-fields";
import { log } from "@/server/log";

/** Each domain refusal's tRPC code; tRPC's own table turns a code into its HTTP status, for the API and the plain routes alike. */
export const CODE_BY_KIND: Record<DomainErrorKind, TRPCError["code"]> = {
  NOT_FOUND: "NOT_FOUND",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  INVALID_TRANSITION: "CONFLICT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  VALIDATION: "BAD_REQUEST",
  UNPROCESSABLE: "UNPROCESSABLE_CONTENT",
};

/** Seconds a client is asked to wait when the database is away (a restart takes 2–5 s here). */
export const RETRY_AFTER_SECONDS = 5;

export type HttpError = { status: number; message: string; fieldErrors: FieldErrors | null };

/**
 * What an error thrown while answering means over HTTP: a domain refusal its kind's status, bad input 400 with
 * translated field errors, a database that is away 503. Null for anything else: a bug, answered 500 and logged.
 */
export function httpErrorOf(thrown: unknown, locale: Locale): HttpError | null {
  // A server-side tRPC call (and the request context) throws TRPCError with the domain's or zod's error as the cause.
  const cause = thrown instanceof TRPCError ? (thrown.cause ?? thrown) : thrown;
  if (isDatabaseUnavailable(cause) || (thrown instanceof TRPCError && thrown.code === "SERVICE_UNAVAILABLE")) {
    return { status: 503, message: "temporarily unavailable, try again", fieldErrors: null };
  }
  if (cause instanceof DomainError) {
    const status = getHTTPStatusCodeFromError(new TRPCError({ code: CODE_BY_KIND[cause.kind] }));
    return { status, message: cause.message, fieldErrors: fieldErrorsOfCause(cause, locale) };
  }
  if (cause instanceof ZodError) return { status: 400, message: "invalid input", fieldErrors: fieldErrorsOfCause(cause, locale) };
  if (thrown instanceof TRPCError && thrown.code !== "INTERNAL_SERVER_ERROR") {
    return { status: getHTTPStatusCodeFromError(thrown), message: thrown.message, fieldErrors: null };
  }
  return null;
}

/** The headers every error answer carries: never cached, and a 503 says when to try again. */
export function errorHeaders(status: number): Headers {
  const headers = new Headers({ "cache-control": "no-store" });
  if (status === 503) headers.set("retry-after", String(RETRY_AFTER_SECONDS));
  return headers;
}

/** The language a request is answered in (the URL's, via the proxy's header, else the saved choice). */
export function localeOfRequest(req: Request): Locale {
  return requestLocale(req.headers.get(LOCALE_HEADER), cookieValue(req.headers.get("cookie"), LOCALE_COOKIE));
}

/** A plain route's answer to a thrown error, as JSON `{ error, fieldErrors }`; a bug is logged and answers a bare 500. */
export function errorResponse(thrown: unknown, req: Request): Response {
  const error = httpErrorOf(thrown, localeOfRequest(req));
  if (!error) {
    log.error({ err: thrown, method: req.method, path: new URL(req.url).pathname }, "route failed");
    return Response.json({ error: "internal error" }, { status: 500, headers: errorHeaders(500) });
  }
  return Response.json(
    { error: error.message, fieldErrors: error.fieldErrors ?? undefined },
    { status: error.status, headers: errorHeaders(error.status) },
  );
}

/**
 * Wraps a route handler so that whatever it throws (its context, its verb, its input) is answered by
 * `errorResponse`: one error path for every plain route, the same statuses as the tRPC API.
 */
export function withErrorResponses<Rest extends unknown[]>(handler: (req: Request, ...rest: Rest) => Promise<Response>) {
  return async (req: Request, ...rest: Rest): Promise<Response> => {
    try {
      return await handler(req, ...rest);
    } catch (error) {
      return errorResponse(error, req);
    }
  };
}

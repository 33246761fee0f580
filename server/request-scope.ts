import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/** The header a request's id travels in: taken from the proxy when it sent a sane one (nginx's $request_id), returned to the client. */
export const REQUEST_ID_HEADER = "x-request-id";

type Scope = { requestId: string };

// One store per process, however many of Next's bundles load this module: the hook sets it, the domain reads it.
const holder = globalThis as unknown as Record<symbol, AsyncLocalStorage<Scope> | undefined>;
const storage = (holder[Symbol.for("sigap.request-scope")] ??= new AsyncLocalStorage<Scope>());

/** The id of the request this code runs for; null outside one (jobs, the CLI, tests). */
export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}

/** Runs `fn`, and everything it starts, as part of the request `requestId`. */
export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/** The proxy's id for this request when it looks like one, else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
}

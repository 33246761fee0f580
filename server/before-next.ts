import type { IncomingMessage, ServerResponse } from "node:http";
import { REQUEST_ID_HEADER, requestIdFrom, runWithRequestId } from "./request-scope";

/** Where scripts/before-next-hook.mjs (loaded before Next by `npm start`) finds what answers before Next in this process. */
const BEFORE_NEXT_HOOK = Symbol.for("sigap.before-next");

/** Takes a request and answers it (true), or leaves it (false); `toApp` hands a taken request to Next after all. */
export type BeforeNext = (req: IncomingMessage, res: ServerResponse, toApp: () => void) => boolean;

/**
 * Puts these in front of Next in this process, asked in order; the first that takes a request answers it. Only a
 * server started with the hook (`npm start`) asks them; `next dev` never does.
 */
export function installBeforeNext(handlers: BeforeNext[]): void {
  (globalThis as Record<symbol, unknown>)[BEFORE_NEXT_HOOK] = ((req, res, toApp) =>
    handlers.some((take) => take(req, res, toApp))) satisfies BeforeNext;
}

/** Runs a request's whole handling inside `handle` (scripts/before-next-hook.mjs calls it for every request). */
export type RequestScope = (req: IncomingMessage, res: ServerResponse, handle: () => boolean) => boolean;

/** Gives every request an id (the proxy's, or a new one), returns it as X-Request-Id, and runs the request with it. */
export function installRequestScope(): void {
  const scope: RequestScope = (req, res, handle) => {
    const id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    return runWithRequestId(id, handle);
  };
  (globalThis as Record<symbol, unknown>)[Symbol.for("sigap.request-scope-hook")] = scope;
}

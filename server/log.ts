import pino from "pino";
import { currentRequestId } from "./request-scope";

const holder = globalThis as unknown as Record<symbol, pino.Logger | undefined>;

/**
 * The app's structured log: one JSON object per line on stdout (LOG_LEVEL, default info), each carrying the id
 * of the request it was written for (`reqId`, the same as the X-Request-Id answer header and the audit row's).
 */
export const log: pino.Logger = (holder[Symbol.for("sigap.log")] ??= createLog());

/** A logger as the app's, writing to `destination` (stdout by default). */
export function createLog(destination?: pino.DestinationStream): pino.Logger {
  const options: pino.LoggerOptions = {
    level: process.env.LOG_LEVEL ?? "info",
    base: { service: "sigap", pid: process.pid },
    mixin: () => {
      const reqId = currentRequestId();
      return reqId ? { reqId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

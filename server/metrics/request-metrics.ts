import type { BeforeNext } from "@/server/before-next";
import { FILL_HEADER } from "@/server/public-cache/fill-token";
import { metrics } from "./registry";
import { routeLabel } from "./route-label";

/**
 * Counts and times every request this instance answers, whoever answers it (the intake lane, the public cache or
 * Next), and the public cache's verdict on it. Takes no request: it only watches each one finish.
 */
export function requestMetrics(): BeforeNext {
  const m = metrics();
  return (req, res) => {
    // The cache's own render of a page is part of the request that missed it, not one more.
    if (req.headers[FILL_HEADER] !== undefined) return false;
    const started = process.hrtime.bigint();
    let cacheResult: string | undefined;
    const writeHead = res.writeHead.bind(res);
    // The cache sets its verdict in writeHead's own headers, which getHeader() does not see afterwards.
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof res.writeHead>) {
      const headers = args.find((a) => typeof a === "object" && a !== null && !Array.isArray(a)) as Record<string, unknown> | undefined;
      const value = headers?.["x-sigap-cache"] ?? res.getHeader("x-sigap-cache");
      if (typeof value === "string") cacheResult = value;
      return writeHead.apply(this, args);
    } as typeof res.writeHead;
    res.once("finish", () => {
      const labels = { route: routeLabel(req.url), method: req.method ?? "GET", status: String(res.statusCode) };
      m.httpRequests.inc(labels);
      m.httpSeconds.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
      if (cacheResult) m.publicCache.inc({ result: cacheResult });
    });
    return false;
  };
}

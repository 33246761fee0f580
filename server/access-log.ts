import type { BeforeNext } from "./before-next";
import { log } from "./log";
import { routeLabel } from "./metrics/route-label";
import { FILL_HEADER } from "./public-cache/fill-token";
import { currentRequestId } from "./request-scope";

/**
 * One log line per request: method, route pattern, status, time, cache verdict and request id. The route is
 * the pattern (/track/:code, /console/complaints/:id), never the path or query as sent, so no search text,
 * address or number a person typed reaches the log.
 */
export function accessLog(): BeforeNext {
  return (req, res) => {
    if (req.headers[FILL_HEADER] !== undefined) return false;
    const started = process.hrtime.bigint();
    const reqId = currentRequestId();
    res.once("finish", () => {
      log.info(
        {
          reqId,
          method: req.method,
          route: routeLabel(req.url),
          status: res.statusCode,
          ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
          cache: res.getHeader("x-sigap-cache") ?? undefined,
        },
        "request",
      );
    });
    return false;
  };
}

import type { BeforeNext } from "@/server/before-next";
import { BASE_SECURITY_HEADERS } from "./security-headers";

const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
/** A host name or IP literal with an optional port: what a Host header may hold (RFC 9110 §7.2). */
const HOST = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*\\.?|\\[[0-9a-f:.]+\\])(?::\\d{1,5})?$`, "i");

export function isValidHost(host: string | undefined): host is string {
  return typeof host === "string" && host.length <= 255 && HOST.test(host);
}

/**
 * First in front of the app: a request without a well-formed Host is answered 400 here, before anything builds
 * a URL from it (the intake lane, the public cache and the framework would otherwise throw and answer 500).
 */
export function malformedHostGuard(): BeforeNext {
  return (req, res) => {
    if (isValidHost(req.headers.host)) return false;
    res.writeHead(400, { ...BASE_SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", connection: "close" });
    res.end("Bad Request: malformed Host header\n");
    return true;
  };
}

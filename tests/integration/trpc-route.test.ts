import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JSON_BODY_BYTES } from "@/server/http/json-body-limit";
import { trpcHandler } from "@/server/http/trpc-handler";
import { makeDomainCtx } from "@/server/domain/context";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { serveFetch } from "@/tests/helpers/fetch-server";

let t: TestDb;
let server: Awaited<ReturnType<typeof serveFetch>>;
beforeAll(async () => {
  t = await createTestDb();
  server = await serveFetch(trpcHandler(async () => makeDomainCtx({ db: t.db })));
});
afterAll(async () => {
  await server?.close();
  await t.destroy();
});

/** POSTs `body` to a procedure over real HTTP, with a declared length or chunked (no length to trust). */
function post(procedure: string, body: string, chunked = false): Promise<{ status: number; text: string }> {
  const url = new URL(`${server.url}/api/trpc/${procedure}`);
  return new Promise((resolve) => {
    const req = httpRequest(
      url,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-sigap-request": "1",
          "accept-language": "en",
          ...(chunked ? { "transfer-encoding": "chunked" } : { "content-length": Buffer.byteLength(body) }),
        },
      },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", () => resolve({ status: 0, text: "" }));
    if (chunked) for (let i = 0; i < body.length; i += 8192) req.write(body.slice(i, i + 8192));
    else req.write(body);
    req.end();
  });
}

const json = (bytes: number) => JSON.stringify({ json: { locale: "x".repeat(bytes) } });

describe("JSON bodies on the tRPC route are capped before parsing (fails before: any size was read and parsed)", () => {
  it("refuses a body over 64 KB with 413, declared or chunked; a small one reaches the procedure", async () => {
    const big = await post("user.setLocale", json(JSON_BODY_BYTES + 10));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.text).error.json.data).toMatchObject({ code: "PAYLOAD_TOO_LARGE", fieldErrors: { _form: [expect.any(String)] } });
    expect((await post("user.setLocale", json(JSON_BODY_BYTES * 4), true)).status).toBe(413);
    // Under the cap the procedure answers for itself (anonymous: 401), not the cap.
    expect((await post("user.setLocale", json(100))).status).toBe(401);
  });

  it("lets a report's text be larger, and a batch carry its largest procedure's allowance", async () => {
    const report = JSON.stringify({ json: { reportId: "00000000-0000-4000-8000-000000000000", expectedVersion: 1, bodyMd: "x".repeat(200_000) } });
    expect((await post("report.update", report)).status).toBe(401);
    expect(
      (await post("user.setLocale,report.update?batch=1", JSON.stringify({ 0: { json: { locale: "id" } }, 1: JSON.parse(report) }))).status,
    ).not.toBe(413);
    expect((await post("user.setLocale", report)).status).toBe(413);
  });
});

describe("API answers are never stored by browsers or proxies (fails before: a tracking page's answer carried no Cache-Control)", () => {
  it("answers a tracking lookup and a reporter's own data with no-store, found or not", async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { code: "AAAA-BBBB-CC" } }));
    const track = await fetch(`${server.url}/api/trpc/complaint.track?input=${input}`);
    expect(track.headers.get("cache-control")).toBe("no-store");
    const mine = await fetch(
      `${server.url}/api/trpc/privacy.myData?input=${encodeURIComponent(JSON.stringify({ json: { session: "x".repeat(43) } }))}`,
    );
    expect(mine.status).toBe(401);
    expect(mine.headers.get("cache-control")).toBe("no-store");
  });
});

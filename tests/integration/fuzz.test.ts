import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleOpen311 } from "@/server/http/open311/handler";
import { seedDemo } from "@/server/seed";
import { verifyCredentials } from "@/server/domain/auth/verify-credentials";
import { defaultConfig, makeDomainCtx } from "@/server/domain/context";
import { DomainError } from "@/server/domain/errors";
import { localStorage } from "@/server/storage/local";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { serveFetch } from "@/tests/helpers/fetch-server";
import { multipart, startTrpcServer, type TestServer } from "@/tests/helpers/http";

/**
 * Property tests over every public input: whatever arrives, the answer is a validation error or a success —
 * never a 5xx, never a stack trace or SQL in the body.
 */
let t: TestDb;
let trpc: TestServer;
let open311: Awaited<ReturnType<typeof serveFetch>>;
const config = { ...defaultConfig(), rateLimit: { submitPerIp: 1e9, submitPerContact: 1e9, windowSeconds: 60 } };

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { story: false });
  trpc = await startTrpcServer(t.db, { config });
  const storage = localStorage(mkdtempSync(path.join(tmpdir(), "sigap-fuzz-")));
  open311 = await serveFetch((req, incoming) => {
    const p = new URL(req.url).pathname.replace(/^\/api\/open311\/v2\//, "").split("/");
    return handleOpen311(
      req,
      p,
      async () => makeDomainCtx({ db: t.db, storage, config, clientIp: incoming.socket.remoteAddress ?? null }),
      open311.url,
    );
  });
});
afterAll(async () => {
  await trpc.close();
  await open311.close();
  await t.destroy();
});

const LEAK = /\bat \S+ \(|node_modules|syntax error at|relation "|duplicate key|violates/i;
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

async function expectClean(res: Response, what: string) {
  const body = await res.text();
  expect(res.status, `${what} → ${res.status} ${body.slice(0, 200)}`).toBeLessThan(500);
  expect(body, what).not.toMatch(LEAK);
}

/** Values a hostile or broken client might put in any field. */
const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    "",
    " ",
    "' or 1=1 --",
    "<script>alert(1)</script>",
    "\u0000",
    "x".repeat(5000),
    "../../etc/passwd",
    "2020-13-45T99:99",
    "NaN",
    "-1",
  ),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 3 }),
);

const intakeFields = [
  "idempotencyKey",
  "category",
  "serviceId",
  "agencyId",
  "placeId",
  "addressText",
  "lat",
  "lng",
  "occurredAt",
  "description",
  "language",
  "contactName",
  "contactEmail",
  "contactPhone",
  "confidential",
  "joinIncidentId",
  "joinComplaintId",
  "website",
];

describe("fuzzing the public inputs", () => {
  it("intake (complaint.submit, multipart) answers every input with a result or a validation error", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record(Object.fromEntries(intakeFields.map((k) => [k, junk])), { requiredKeys: [] }),
        fc.array(fc.record({ name: fc.string({ maxLength: 30 }), bytes: fc.uint8Array({ maxLength: 512 }) }), { maxLength: 2 }),
        async (data, files) => {
          const res = await fetch(`${trpc.url}/complaint.submit`, { method: "POST", body: multipart(data, files) });
          await expectClean(res, `submit ${JSON.stringify(data).slice(0, 120)}`);
        },
      ),
      { numRuns: RUNS },
    );
    // Not even a well-formed form part is required.
    await expectClean(
      await fetch(`${trpc.url}/complaint.submit`, {
        method: "POST",
        body: "garbage",
        headers: { "content-type": "multipart/form-data; boundary=x" },
      }),
      "raw garbage",
    );
  });

  it("tracking (complaint.track, addInformation, similar, fixedCheck) never fails on its input", async () => {
    await fc.assert(
      fc.asyncProperty(junk, junk, async (code, other) => {
        await expectClean(
          await fetch(`${trpc.url}/complaint.track?input=${encodeURIComponent(JSON.stringify({ json: { code } }))}`),
          `track ${JSON.stringify(code)?.slice(0, 40)}`,
        );
        await expectClean(
          await fetch(`${trpc.url}/complaint.similar?input=${encodeURIComponent(JSON.stringify({ json: { category: other, serviceId: code } }))}`),
          "similar",
        );
        await expectClean(
          await fetch(`${trpc.url}/complaint.fixedCheck`, {
            method: "POST",
            body: JSON.stringify({ json: { code, fixed: other } }),
            headers: { "content-type": "application/json" },
          }),
          "fixedCheck",
        );
        await expectClean(
          await fetch(`${trpc.url}/complaint.addInformation`, { method: "POST", body: multipart({ code, body: other, idempotencyKey: other }) }),
          "addInformation",
        );
      }),
      { numRuns: RUNS },
    );
    await expectClean(await fetch(`${trpc.url}/complaint.track?input=%7B`), "broken JSON");
  });

  it("a reporter's personal-data procedures (privacy.requestCode, verifyCode, myData, fileRequest, endSession) never fail on their input", async () => {
    const post = (name: string, json: unknown) =>
      fetch(`${trpc.url}/privacy.${name}`, { method: "POST", body: JSON.stringify({ json }), headers: { "content-type": "application/json" } });
    await fc.assert(
      fc.asyncProperty(junk, junk, junk, async (a, b, c) => {
        await expectClean(await post("requestCode", { code: a, contact: b, locale: c }), "requestCode");
        await expectClean(await post("verifyCode", { challengeId: a, otp: b }), "verifyCode");
        await expectClean(
          await fetch(`${trpc.url}/privacy.myData?input=${encodeURIComponent(JSON.stringify({ json: { session: a } }))}`),
          `myData ${JSON.stringify(a)?.slice(0, 40)}`,
        );
        await expectClean(await post("fileRequest", { session: a, kind: b, complaintId: c, name: a, email: b, phone: c, note: a }), "fileRequest");
        await expectClean(await post("endSession", { session: c }), "endSession");
      }),
      { numRuns: RUNS },
    );
  });

  it("Open311 answers every path, query and form with a spec error or data", async () => {
    const resource = fc.constantFrom(
      "discovery.json",
      "services.json",
      "services.xml",
      "requests.json",
      "requests.xml",
      "tokens/x.json",
      "requests/x.json",
      "services/ehac.json",
      "nope",
      "requests",
    );
    await fc.assert(
      fc.asyncProperty(
        resource,
        fc.dictionary(
          fc.constantFrom(
            "service_code",
            "start_date",
            "end_date",
            "status",
            "service_request_id",
            "lat",
            "long",
            "page",
            "lang",
            "api_key",
            "description",
            "email",
            "attribute[category]",
            "address_string",
          ),
          fc.string({ maxLength: 40 }),
          { maxKeys: 6 },
        ),
        fc.boolean(),
        async (r, fields, post) => {
          const params = new URLSearchParams(fields);
          const res = post
            ? await fetch(`${open311.url}/api/open311/v2/${r}`, {
                method: "POST",
                body: params,
                headers: { "content-type": "application/x-www-form-urlencoded" },
              })
            : await fetch(`${open311.url}/api/open311/v2/${r}?${params}`);
          await expectClean(res, `${post ? "POST" : "GET"} ${r}?${params}`);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it("sign-in answers any credentials with null or an account, never an error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(junk, fc.record({ email: junk, password: junk }, { requiredKeys: [] })), async (input) => {
        try {
          const actor = await verifyCredentials({ ctx: makeDomainCtx({ db: t.db }), input });
          expect(actor).toBeNull();
        } catch (error) {
          // The only refusal allowed is the throttle, after many failures for one name.
          expect(error instanceof DomainError && error.kind === "RATE_LIMITED").toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { withErrorResponses } from "@/server/http/http-errors";
import { handleOpen311 } from "@/server/http/open311/handler";
import { connect, type DbHandle } from "@/server/db/connect";
import { makeDomainCtx } from "@/server/domain/context";
import { exportDataset } from "@/server/domain/open-data/export";
import { publishedReportPdf } from "@/server/domain/report/pdf";
import { getPeriodicReport } from "@/server/domain/stats/periodic-report";
import { seedDemo } from "@/server/seed";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { serveFetch } from "@/tests/helpers/fetch-server";

/**
 * The one error path of the plain routes (server/http/http-errors.ts), served over real HTTP with real verbs: what
 * each kind of failure answers, in the status the tRPC API gives the same failure.
 */
let t: TestDb;
let away: DbHandle;
let server: Awaited<ReturnType<typeof serveFetch>>;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { story: false });
  // Nothing listens on port 1: every query fails to connect, as while PostgreSQL restarts.
  away = await connect({ driver: "postgres", url: "postgres://postgres@127.0.0.1:1/none" });
  const ctx = makeDomainCtx({ db: t.db });
  const routes: Record<string, (req: Request) => Promise<Response>> = {
    "/period": withErrorResponses(async (req) =>
      Response.json(await getPeriodicReport({ ctx, input: { period: new URL(req.url).searchParams.get("period") ?? "" } })),
    ),
    "/pdf": withErrorResponses(
      async () => new Response(new Uint8Array((await publishedReportPdf({ ctx, input: { slug: "no-such-report" }, baseUrl: "http://x" })).bytes)),
    ),
    "/away": withErrorResponses(
      async () => new Response((await exportDataset({ ctx: makeDomainCtx({ db: away.db }), input: { file: "incidents.csv" } })).body),
    ),
    "/context-away": withErrorResponses(async () => {
      throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: "temporarily unavailable, try again" });
    }),
    "/bug": withErrorResponses(async () => {
      throw new Error("secret detail of a bug");
    }),
    "/open311-away": (req) => handleOpen311(req, ["requests.json"], async () => makeDomainCtx({ db: away.db }), "http://x"),
  };
  server = await serveFetch((req) => routes[new URL(req.url).pathname]!(req));
}, 60_000);
afterAll(async () => {
  await server?.close();
  await away?.close();
  await t?.destroy();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers });

describe("the plain routes' one error path", () => {
  it("answers bad input 400 with field errors in the asker's language", async () => {
    const en = await get("/period?period=last-year", { cookie: "NEXT_LOCALE=en" });
    expect(en.status).toBe(400);
    const body = (await en.json()) as { fieldErrors: Record<string, string[]> };
    expect(Object.keys(body.fieldErrors)).toEqual(["period"]);
    const id = (await (await get("/period?period=last-year")).json()) as { fieldErrors: Record<string, string[]> };
    expect(id.fieldErrors.period).not.toEqual(body.fieldErrors.period);
  });

  it("answers a domain refusal with its kind's status", async () => {
    const res = await get("/pdf");
    expect(res.status).toBe(404);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 with Retry-After while the database is away, from the verb or from the request's context", async () => {
    for (const path of ["/away", "/context-away"]) {
      const res = await get(path);
      expect(res.status, path).toBe(503);
      expect(res.headers.get("retry-after"), path).toBe("5");
    }
  });

  it("answers a bug 500 without its detail", async () => {
    const res = await get("/bug");
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain("secret");
  });

  it("gives Open311 the same status, in the spec's error list", async () => {
    const res = await get("/open311-away");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await res.json()).toEqual([{ code: 503, description: expect.any(String) }]);
  });
});

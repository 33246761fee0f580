import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleOpen311 } from "@/server/http/open311/handler";
import { complaints } from "@/server/db/schema";
import { selectRows } from "@/server/db/rows";
import { seedDemo } from "@/server/seed";
import { defaultConfig, makeDomainCtx } from "@/server/domain/context";
import { localStorage } from "@/server/storage/local";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { serveFetch } from "@/tests/helpers/fetch-server";

const API_KEY = "test-open311-key";
let t: TestDb;
let server: Awaited<ReturnType<typeof serveFetch>>;
let base: string;
const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false });

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  const storage = localStorage(mkdtempSync(path.join(tmpdir(), "sigap-o311-")));
  const config = { ...defaultConfig(), open311ApiKey: API_KEY, rateLimit: { submitPerIp: 1000, submitPerContact: 1000, windowSeconds: 60 } };
  server = await serveFetch((req, incoming) => {
    const p = new URL(req.url).pathname.replace(/^\/api\/open311\/v2\//, "").split("/");
    return handleOpen311(
      req,
      p,
      async () => makeDomainCtx({ db: t.db, storage, config, clientIp: incoming.socket.remoteAddress ?? null }),
      server.url,
    );
  });
  base = `${server.url}/api/open311/v2`;
});
afterAll(async () => {
  await server?.close();
  await t?.destroy();
});

const get = async (resource: string) => {
  const res = await fetch(`${base}/${resource}`);
  return { status: res.status, type: res.headers.get("content-type") ?? "", text: await res.text() };
};
const json = async (resource: string) => {
  const r = await get(resource);
  return { ...r, body: JSON.parse(r.text) as unknown };
};
const post = async (fmt: "json" | "xml", fields: Record<string, string>, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}/requests.${fmt}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, text: await res.text() };
};
const validPost = (extra: Record<string, string> = {}) => ({
  api_key: API_KEY,
  service_code: "ehac",
  lat: "-6.1187",
  long: "106.6636",
  "attribute[category]": "system_down",
  description: "Pembaca QR e-HAC di Terminal 3 tidak tersambung ke server, antrean panjang sekali.",
  email: "open311.reporter@example.com",
  first_name: "Rizky",
  last_name: "Ramadhan",
  phone: "+6281299990000",
  ...extra,
});

describe("Open311 discovery and services", () => {
  it("describes itself in JSON and XML", async () => {
    const j = await json("discovery.json");
    expect(j.status).toBe(200);
    expect(j.body).toMatchObject({
      endpoints: [{ specification: "http://wiki.open311.org/GeoReport_v2", type: "production", formats: ["text/xml", "application/json"] }],
    });
    const x = await get("discovery.xml");
    expect(x.text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(x.type).toContain("text/xml");
    expect(xml.parse(x.text).discovery.endpoints.endpoint.specification).toBe("http://wiki.open311.org/GeoReport_v2");
  });

  it("lists services, with codes as strings, in both formats", async () => {
    const j = await json("services.json");
    const list = j.body as Array<Record<string, unknown>>;
    expect(Array.isArray(list)).toBe(true);
    const ehac = list.find((s) => s.service_code === "ehac")!;
    expect(ehac).toMatchObject({ metadata: true, type: "realtime", group: "Kesehatan" });
    expect(typeof ehac.service_name).toBe("string");
    expect(ehac.keywords).toContain("kesehatan");
    const x = xml.parse((await get("services.xml")).text);
    const codes = (x.services.service as Array<{ service_code: string }>).map((s) => s.service_code);
    expect(codes).toContain("ehac");
    expect(codes).toHaveLength(list.length);
  });

  it("defines a service's attributes, and 404s an unknown one in the spec's error shape", async () => {
    const j = await json("services/ehac.json");
    const def = j.body as { service_code: string; attributes: Array<{ code: string; required: boolean; values: Array<{ key: string }> }> };
    expect(def.service_code).toBe("ehac");
    const category = def.attributes.find((a) => a.code === "category")!;
    expect(category.required).toBe(true);
    expect(category.values.map((v) => v.key)).toContain("crowding");
    const x = xml.parse((await get("services/ehac.xml")).text);
    expect(x.service_definition.attributes.attribute[0].code).toBe("category");

    const missing = await json("services/nope.json");
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual([{ code: 404, description: expect.stringContaining("nope") }]);
    const missingXml = await get("services/nope.xml");
    expect(missingXml.status).toBe(404);
    expect(xml.parse(missingXml.text).errors.error.code).toBe("404");
  });
});

describe("Open311 POST requests and tokens", () => {
  it("creates a complaint like the form does and answers a one-item list", async () => {
    const res = await post("json", validPost());
    expect(res.status).toBe(200);
    const [item] = JSON.parse(res.text) as Array<{ service_request_id: string; token: string; service_notice: string }>;
    expect(typeof item!.service_request_id).toBe("string");
    expect(item!.service_notice).toMatch(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}/);
    const [row] = await t.db.select().from(complaints).where(eq(complaints.id, item!.service_request_id));
    expect(row).toMatchObject({ channel: "open311", category: "system_down", lat: -6.1187, lng: 106.6636, confidential: true });
    expect(res.text).not.toContain("open311.reporter@example.com");

    const tok = await json(`tokens/${item!.token}.json`);
    expect(tok.body).toEqual([{ service_request_id: item!.service_request_id, token: item!.token }]);
    const tokXml = xml.parse((await get(`tokens/${item!.token}.xml`)).text);
    expect(tokXml.service_requests.request.service_request_id).toBe(item!.service_request_id);
    expect((await json("tokens/unknown-token-value.json")).status).toBe(404);
  });

  it("answers XML too, and one complaint per Idempotency-Key", async () => {
    const headers = { "idempotency-key": "open311-retry-key-0001" };
    const a = await post("xml", validPost(), headers);
    const b = await post("xml", validPost(), headers);
    expect(a.status).toBe(200);
    expect(a.text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const idA = xml.parse(a.text).service_requests.request.service_request_id;
    expect(xml.parse(b.text).service_requests.request.service_request_id).toBe(idA);
    const rows = await t.db.select().from(complaints).where(eq(complaints.idempotencyKey, "open311-retry-key-0001"));
    expect(rows).toHaveLength(1);
  });

  it("answers an Idempotency-Key sent with other content with 422 and reveals nothing (fails before: it answered the first report)", async () => {
    const headers = { "idempotency-key": "open311-guessable-0001" };
    const a = await post("json", validPost(), headers);
    const [first] = JSON.parse(a.text) as Array<{ service_request_id: string; service_notice: string }>;
    const b = await post("json", validPost({ description: "Laporan lain sama sekali, ditulis oleh orang lain di tempat lain." }), headers);
    expect(b.status).toBe(422);
    expect(JSON.parse(b.text)).toEqual([{ code: 422, description: expect.any(String) }]);
    expect(b.text).not.toContain(first!.service_request_id);
    expect(b.text).not.toMatch(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}/);
    // The same form again (the server fills in the time itself) is still a replay.
    const c = await post("json", validPost(), headers);
    expect((JSON.parse(c.text) as Array<{ service_request_id: string }>)[0]!.service_request_id).toBe(first!.service_request_id);
  });

  it.each([
    ["missing api_key", { api_key: "" }, 403],
    ["wrong api_key", { api_key: "wrong-key-123" }, 403],
    ["missing service_code", { service_code: "" }, 400],
    ["unknown service_code", { service_code: "nope" }, 404],
    ["no location", { lat: "", long: "" }, 400],
    ["unknown address_id", { lat: "", long: "", address_id: "nowhere" }, 400],
    ["short description", { description: "kurang" }, 400],
    ["description over 4000", { description: "x".repeat(4001) }, 400],
    ["bad category", { "attribute[category]": "weather" }, 400],
    ["bad email", { email: "nope@" }, 400],
    ["bad latitude", { lat: "-600" }, 400],
  ])("%s → %i in both formats", async (_name, overrides, status) => {
    const before = (await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from complaints`))[0]!.n;
    const j = await post("json", validPost(overrides));
    expect(j.status).toBe(status);
    expect(JSON.parse(j.text)).toEqual([{ code: status, description: expect.any(String) }]);
    const x = await post("xml", validPost(overrides));
    expect(x.status).toBe(status);
    expect(Number(xml.parse(x.text).errors.error.code)).toBe(status);
    const after = (await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from complaints`))[0]!.n;
    expect(after).toBe(before);
  });

  it("refuses a body over 64 KB as it streams in, declared length or not", async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 50 * 1024 * 1024) return controller.close();
        sent += 256 * 1024;
        controller.enqueue(new TextEncoder().encode("description=" + "x".repeat(256 * 1024 - 12)));
      },
    });
    const res = await fetch(`${base}/requests.json`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual([{ code: 400, description: "request body too large" }]);
    expect(sent).toBeLessThan(50 * 1024 * 1024);
  });

  it("accepts an address_string or a known address_id instead of coordinates", async () => {
    const a = await post("json", validPost({ lat: "", long: "", address_string: "Pintu keberangkatan Terminal 2" }));
    expect(a.status).toBe(200);
    const b = await post("json", validPost({ lat: "", long: "", address_id: "cgk-terminal-2" }));
    expect(b.status).toBe(200);
    const [item] = JSON.parse(b.text) as Array<{ service_request_id: string }>;
    const [one] = (await json(`requests/${item!.service_request_id}.json`)).body as Array<Record<string, unknown>>;
    expect(one).toMatchObject({ address_id: "cgk-terminal-2", lat: -6.1256, long: 106.6559 });
  });
});

describe("Open311 GET requests", () => {
  it("lists the last 90 days by default, every list an array, dates in +07:00, no personal data", async () => {
    await post("json", validPost());
    const r = await json("requests.json");
    const list = r.body as Array<Record<string, unknown>>;
    expect(list.length).toBeGreaterThan(0);
    for (const item of list) {
      expect(typeof item.service_request_id).toBe("string");
      expect(item.requested_datetime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
      expect(["open", "closed"]).toContain(item.status);
    }
    // The seeded 2020 outage is older than 90 days: not in the default window.
    expect(list.every((i) => String(i.requested_datetime) >= "2026")).toBe(true);
    for (const personal of ["open311.reporter@example.com", "Rizky", "+6281299990000", "@example.com"]) expect(r.text).not.toContain(personal);
  });

  it("filters by date range, service and status, and accepts a list of ids", async () => {
    const dec = await json("requests.json?start_date=2020-12-19T00:00:00%2B07:00&end_date=2020-12-21T00:00:00%2B07:00&service_code=ehac");
    const list = dec.body as Array<{ service_request_id: string; service_code: string; description: string; status: string }>;
    expect(list.length).toBeGreaterThan(50);
    expect(new Set(list.map((i) => i.service_code))).toEqual(new Set(["ehac"]));
    const decAll = await json("requests.json?start_date=2020-11-01T00:00:00%2B07:00&end_date=2021-01-30T00:00:00%2B07:00");
    const closed = await json("requests.json?start_date=2020-11-01T00:00:00%2B07:00&end_date=2021-01-30T00:00:00%2B07:00&status=closed");
    const open = await json("requests.json?start_date=2020-11-01T00:00:00%2B07:00&end_date=2021-01-30T00:00:00%2B07:00&status=open");
    const n = (x: { body: unknown }) => (x.body as unknown[]).length;
    expect(n(closed) + n(open)).toBe(n(decAll));
    expect((closed.body as Array<{ status: string }>).every((i) => i.status === "closed")).toBe(true);

    const ids = list.slice(0, 3).map((i) => i.service_request_id);
    const byIds = await json(`requests.json?service_request_id=${ids.join(",")}&status=closed&service_code=nope`);
    expect((byIds.body as Array<{ service_request_id: string }>).map((i) => i.service_request_id).sort()).toEqual([...ids].sort());

    // Confidential reports keep their text out of the public API.
    const withText = list.filter((i) => i.description !== "");
    const confidential = await selectRows<{ id: string }>(t.db, sql`select id from complaints where confidential`);
    const confidentialIds = new Set(confidential.map((c) => c.id));
    expect(withText.every((i) => !confidentialIds.has(i.service_request_id))).toBe(true);

    const x = xml.parse(
      (await get("requests.xml?start_date=2020-12-19T00:00:00%2B07:00&end_date=2020-12-21T00:00:00%2B07:00&service_code=ehac")).text,
    );
    expect(x.service_requests.request).toHaveLength(list.length);
  });

  it("treats empty parameters as absent", async () => {
    const a = await json("requests.json?service_code=&status=&start_date=&end_date=");
    const b = await json("requests.json");
    expect(a.status).toBe(200);
    expect((a.body as unknown[]).length).toBe((b.body as unknown[]).length);
  });

  it.each([
    ["range over 90 days", "requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-12-31T00:00:00Z", 400],
    ["not a date", "requests.json?start_date=yesterday", 400],
    ["end before start", "requests.json?start_date=2020-12-20T00:00:00Z&end_date=2020-12-19T00:00:00Z", 400],
    ["bad status", "requests.json?status=pending", 400],
    ["unknown service", "requests.json?service_code=nope", 404],
    ["unknown request", "requests/00000000-0000-4000-8000-000000000000.json", 404],
    ["malformed id", "requests/12345.json", 404],
    ["unknown resource", "whatever.json", 404],
    ["no format", "services", 400],
  ])("%s → %i", async (_name, resource, status) => {
    const r = await get(resource);
    expect(r.status).toBe(status);
    expect(JSON.parse(r.text)).toEqual([{ code: status, description: expect.any(String) }]);
    if (resource.includes(".json")) {
      const x = await get(resource.replace(".json", ".xml"));
      expect(x.status).toBe(status);
      expect(Number(xml.parse(x.text).errors.error.code)).toBe(status);
    }
  });

  it("answers one request as a one-item list in both formats", async () => {
    const [item] = JSON.parse((await post("json", validPost({ "attribute[confidential]": "false" }))).text) as Array<{ service_request_id: string }>;
    const one = (await json(`requests/${item!.service_request_id}.json`)).body as Array<Record<string, unknown>>;
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({
      service_request_id: item!.service_request_id,
      status: "open",
      service_code: "ehac",
      agency_responsible: "Kementerian Kesehatan",
    });
    expect(one[0]!.description).toContain("Pembaca QR e-HAC");
    const x = xml.parse((await get(`requests/${item!.service_request_id}.xml`)).text);
    expect(x.service_requests.request.service_request_id).toBe(item!.service_request_id);
  });
});

describe("Open311 location privacy", () => {
  const home = "Rumah saya Jl. Melati No. 7, RT 03/RW 05";
  const lookup = async (id: string) => {
    const [one] = (await json(`requests/${id}.json`)).body as Array<Record<string, unknown>>;
    const listed = ((await json(`requests.json?service_request_id=${id}`)).body as Array<Record<string, unknown>>)[0];
    const asXml = xml.parse((await get(`requests/${id}.xml`)).text).service_requests.request as Record<string, unknown>;
    return { one: one!, listed: listed!, asXml };
  };

  it("shows a confidential report only at its chosen place: no typed address, no pin (fails before: both were published)", async () => {
    const res = await post("json", validPost({ lat: "-6.123456", long: "106.654321", address_string: home, address_id: "cgk-terminal-2" }));
    const [item] = JSON.parse(res.text) as Array<{ service_request_id: string }>;
    const { one, listed, asXml } = await lookup(item!.service_request_id);
    for (const view of [one, listed]) {
      expect(view).toMatchObject({ address: "Terminal 2 Bandara Soekarno-Hatta", address_id: "cgk-terminal-2", lat: -6.1256, long: 106.6559 });
    }
    expect(JSON.stringify([one, listed, asXml])).not.toMatch(/Melati|123456|654321/);
  });

  it("gives a confidential report with no chosen place no location at all, and treats an Open311 report as confidential unless told otherwise", async () => {
    const res = await post("json", validPost({ lat: "-6.2001", long: "106.8166", address_string: home }));
    const [item] = JSON.parse(res.text) as Array<{ service_request_id: string }>;
    const [row] = await t.db.select().from(complaints).where(eq(complaints.id, item!.service_request_id));
    expect(row!.confidential).toBe(true);
    const { one, asXml } = await lookup(item!.service_request_id);
    expect(one).toMatchObject({ address: "", address_id: "", lat: "", long: "" });
    expect(JSON.stringify(asXml)).not.toMatch(/Melati|6\.2001|106\.8166/);
  });

  it("rounds an open report's pin to about 100 m and keeps its address", async () => {
    const res = await post(
      "json",
      validPost({ "attribute[confidential]": "false", lat: "-6.123456", long: "106.654321", address_string: "Antrean pintu 5" }),
    );
    const [item] = JSON.parse(res.text) as Array<{ service_request_id: string }>;
    const { one } = await lookup(item!.service_request_id);
    expect(one).toMatchObject({ address: "Antrean pintu 5", lat: -6.123, long: 106.654 });
  });
});

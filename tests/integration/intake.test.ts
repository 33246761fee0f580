import { randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import exifr from "exifr";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachments, complaintContacts, complaints, incidents } from "@/server/db/schema";
import { selectRows } from "@/server/db/rows";
import { seedDemo } from "@/server/seed";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { errorOf, postMultipart, resultOf, startTrpcServer, type TestServer } from "@/tests/helpers/http";
import { jpegWithGps, PDF_BYTES, png } from "@/tests/helpers/images";
import { makeDomainCtx } from "@/server/domain/context";
import { storeAttachments } from "@/server/domain/attachment/store";
import { ORPHAN_GRACE_MINUTES, sweepOrphanedObjects } from "@/server/domain/attachment/sweep";

async function readdirCount(dir: string): Promise<number> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
}

let t: TestDb;
let server: TestServer;
let ehacServiceId: string;
let terminal3Id: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  server = await startTrpcServer(t.db, { config: { rateLimit: { submitPerIp: 1000, submitPerContact: 1000, windowSeconds: 3600 } } });
  const [svc] = await selectRows<{ id: string }>(t.db, sql`select id from services where code = 'ehac'`);
  const [place] = await selectRows<{ id: string }>(t.db, sql`select id from places where slug = 'cgk-terminal-3'`);
  ehacServiceId = svc!.id;
  terminal3Id = place!.id;
});
afterAll(async () => {
  await server?.close();
  await t?.destroy();
});

const key = () => `k${randomUUID().replaceAll("-", "")}`;
const validReport = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: key(),
  category: "system_down",
  serviceId: ehacServiceId,
  placeId: terminal3Id,
  occurredAt: new Date(Date.now() - 3600_000).toISOString(),
  description: "Server e-HAC mati, kami disuruh mengisi formulir kertas lagi dan antre berdesakan.",
  language: "id",
  contactName: "Siti Rahmawati",
  contactEmail: "siti@example.com",
  confidential: true,
  ...overrides,
});

const valid = validReport;
const countByKey = async (k: string) => (await t.db.select({ id: complaints.id }).from(complaints).where(eq(complaints.idempotencyKey, k))).length;

describe("submitting a complaint over HTTP", () => {
  it("stores the complaint, its contact apart, and answers a readable tracking code", async () => {
    const data = valid();
    const res = await postMultipart(server, "complaint.submit", data);
    expect(res.status).toBe(200);
    const out = resultOf<{ trackingCode: string; replayed: boolean }>(res.json);
    expect(out.trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    expect(out.replayed).toBe(false);
    expect(JSON.stringify(res.json)).not.toContain("siti@example.com");
    const [row] = await t.db.select().from(complaints).where(eq(complaints.trackingCode, out.trackingCode));
    expect(row).toMatchObject({ stage: "received", category: "system_down", serviceId: ehacServiceId, confidential: true, channel: "web" });
    const [contact] = await t.db.select().from(complaintContacts).where(eq(complaintContacts.complaintId, row!.id));
    expect(contact).toMatchObject({ name: "Siti Rahmawati", email: "siti@example.com" });
  });

  it("accepts a report with no contact at all", async () => {
    const res = await postMultipart(server, "complaint.submit", valid({ contactName: "", contactEmail: "", contactPhone: "" }));
    expect(res.status).toBe(200);
    const { trackingCode } = resultOf<{ trackingCode: string }>(res.json);
    const [row] = await t.db.select().from(complaints).where(eq(complaints.trackingCode, trackingCode));
    expect(await t.db.select().from(complaintContacts).where(eq(complaintContacts.complaintId, row!.id))).toEqual([]);
  });

  it("stores exactly one complaint for 20 concurrent submissions with one idempotency key", async () => {
    const data = valid();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => postMultipart(server, "complaint.submit", data, [{ name: "a.png", bytes: PDF_BYTES }])),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    const codes = new Set(responses.map((r) => resultOf<{ trackingCode: string }>(r.json).trackingCode));
    expect(codes.size).toBe(1);
    expect(await countByKey(data.idempotencyKey)).toBe(1);
    const [row] = await t.db.select().from(complaints).where(eq(complaints.idempotencyKey, data.idempotencyKey));
    expect(await t.db.select().from(attachments).where(eq(attachments.complaintId, row!.id))).toHaveLength(1);
    expect(await t.db.select().from(complaintContacts).where(eq(complaintContacts.complaintId, row!.id))).toHaveLength(1);
  });
});

describe("bad input", () => {
  const cases: Array<[string, Record<string, unknown>]> = [
    ["category", { category: "bogus" }],
    ["serviceId", { serviceId: "not-a-uuid" }],
    ["serviceId", { serviceId: randomUUID() }],
    ["placeId", { placeId: randomUUID() }],
    ["agencyId", { serviceId: undefined, agencyId: randomUUID() }],
    ["occurredAt", { occurredAt: "yesterday-ish" }],
    ["occurredAt", { occurredAt: new Date(Date.now() + 86_400_000).toISOString() }],
    ["description", { description: "too short" }],
    ["description", { description: "x".repeat(4001) }],
    ["contactEmail", { contactEmail: "siti@" }],
    ["contactPhone", { contactPhone: "call me" }],
    ["contactName", { contactName: "n".repeat(121) }],
    ["lat", { lat: 95, lng: 106 }],
    ["lng", { lat: -6.1 }],
    ["idempotencyKey", { idempotencyKey: "short" }],
    ["website", { website: "http://spam.example" }],
  ];

  it.each(cases)("%s → a translated field error and a 4xx, in both languages", async (field, overrides) => {
    const data = valid(overrides);
    const id = await postMultipart(server, "complaint.submit", data, [], { cookie: "NEXT_LOCALE=id" });
    const en = await postMultipart(server, "complaint.submit", data, [], { cookie: "NEXT_LOCALE=en" });
    for (const res of [id, en]) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    }
    const idErr = errorOf(id.json).fieldErrors ?? {};
    const enErr = errorOf(en.json).fieldErrors ?? {};
    const idField = field;
    expect(idErr[idField]?.[0]).toBeTruthy();
    expect(enErr[idField]?.[0]).toBeTruthy();
    expect(idErr[idField]![0]).not.toEqual(enErr[idField]![0]);
    expect(await countByKey(String(data.idempotencyKey))).toBe(0);
  });

  it("refuses junk that is not a form at all with a 4xx", async () => {
    const res = await fetch(`${server.url}/complaint.submit`, { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const form = new FormData();
    form.set("data", "{not json");
    const res2 = await fetch(`${server.url}/complaint.submit`, { method: "POST", body: form });
    expect(res2.status).toBe(400);
  });
});

describe("attachments", () => {
  it("refuses bytes that are not an allowed type, whatever the file is called", async () => {
    for (const [name, bytes] of [
      ["foto.jpg", new TextEncoder().encode("MZ\x90\x00 this is an executable, not a photo")],
      ["laporan.pdf", new TextEncoder().encode("<html><script>alert(1)</script></html>")],
      ["gif.png", Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0, 0x3b])],
    ] as const) {
      const data = valid();
      const res = await postMultipart(server, "complaint.submit", data, [{ name, bytes, type: "image/jpeg" }]);
      expect(res.status).toBe(400);
      expect(errorOf(res.json).fieldErrors?.["attachments.0"]?.[0]).toMatch(/JPEG/);
      expect(await countByKey(data.idempotencyKey)).toBe(0);
    }
  });

  it("accepts real images and PDFs by their bytes, even under a misleading name, and refuses a sixth", async () => {
    const data = valid();
    const res = await postMultipart(server, "complaint.submit", data, [
      { name: "document.pdf", bytes: await png() },
      { name: "scan", bytes: PDF_BYTES },
    ]);
    expect(res.status).toBe(200);
    const [row] = await t.db.select().from(complaints).where(eq(complaints.idempotencyKey, data.idempotencyKey));
    const stored = await t.db.select().from(attachments).where(eq(attachments.complaintId, row!.id));
    expect(stored.map((a) => a.mimeType).sort()).toEqual(["application/pdf", "image/png"]);

    const six = Array.from({ length: 6 }, () => ({ name: "p.pdf", bytes: PDF_BYTES }));
    const tooMany = await postMultipart(server, "complaint.submit", valid(), six);
    expect(tooMany.status).toBe(400);
    expect(errorOf(tooMany.json).fieldErrors?.attachments).toBeTruthy();
  });

  it("strips EXIF and GPS from a stored photo", async () => {
    const photo = await jpegWithGps();
    const before = await exifr.parse(Buffer.from(photo), { gps: true });
    expect(before?.latitude).toBeCloseTo(-6.1256, 3); // the fixture really carries GPS
    expect(before?.Make).toBe("SigapPhone");

    const data = valid();
    const res = await postMultipart(server, "complaint.submit", data, [{ name: "IMG_0001.jpg", bytes: photo, type: "image/jpeg" }]);
    expect(res.status).toBe(200);
    const [row] = await t.db.select().from(complaints).where(eq(complaints.idempotencyKey, data.idempotencyKey));
    const [att] = await t.db.select().from(attachments).where(eq(attachments.complaintId, row!.id));
    expect(att!.mimeType).toBe("image/jpeg");
    const storedBytes = await readFile(path.join(server.storageDir, att!.storageKey));
    expect(storedBytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const after = await exifr.parse(storedBytes, { gps: true, tiff: true, xmp: true, iptc: true });
    expect(after?.latitude).toBeUndefined();
    expect(after?.Make).toBeUndefined();
    expect(after?.Artist).toBeUndefined();
    expect(storedBytes.includes(Buffer.from("SigapPhone"))).toBe(false);
  });
});

describe("rate limits", () => {
  it("trips per client address and per contact, and resets after the window", async () => {
    const limited = await startTrpcServer(t.db, { config: { rateLimit: { submitPerIp: 3, submitPerContact: 2, windowSeconds: 1 } } });
    try {
      const ip = { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 200)}` };
      const statuses = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await postMultipart(limited, "complaint.submit", valid({ contactEmail: "", contactName: "" }), [], ip)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await postMultipart(limited, "complaint.submit", valid(), [], { ...ip, cookie: "NEXT_LOCALE=en" });
      expect(errorOf(refused.json).fieldErrors?._form?.[0]).toMatch(/draft is kept/);

      // Per contact: two from different addresses with one email, the third refused.
      const email = `quota-${randomUUID()}@example.com`;
      const byContact = [];
      for (let i = 0; i < 3; i++) {
        byContact.push(
          (await postMultipart(limited, "complaint.submit", valid({ contactEmail: email }), [], { "x-forwarded-for": `198.51.100.${i + 1}` })).status,
        );
      }
      expect(byContact).toEqual([200, 200, 429]);

      await new Promise((r) => setTimeout(r, 1200));
      expect((await postMultipart(limited, "complaint.submit", valid({ contactEmail: "" }), [], ip)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it("counts replays against the quota and refuses past it before any lookup (fails before: replays were free and answered past the quota)", async () => {
    const limited = await startTrpcServer(t.db, { config: { rateLimit: { submitPerIp: 3, submitPerContact: 5, windowSeconds: 60 } } });
    try {
      const ip = { "x-forwarded-for": "192.0.2.77" };
      const data = valid({ contactEmail: "" });
      const first = await postMultipart(limited, "complaint.submit", data, [], ip);
      expect(first.status).toBe(200);
      const again = await postMultipart(limited, "complaint.submit", data, [], ip);
      expect(resultOf(again.json)).toMatchObject({ trackingCode: resultOf<{ trackingCode: string }>(first.json).trackingCode, replayed: true });
      expect((await postMultipart(limited, "complaint.submit", valid({ contactEmail: "" }), [], ip)).status).toBe(200);
      // Three attempts spent the quota of three: a replay of the first is refused like anything else.
      const late = await postMultipart(limited, "complaint.submit", data, [], ip);
      expect(late.status).toBe(429);
      expect(JSON.stringify(late.json)).not.toContain(resultOf<{ trackingCode: string }>(first.json).trackingCode);
    } finally {
      await limited.close();
    }
  });
});

describe("reports without files travel as JSON", () => {
  const postJson = async (data: unknown) => {
    const res = await fetch(`${server.url}/complaint.submit`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: data }),
    });
    return { status: res.status, json: await res.json() };
  };

  it("stores a JSON report like a multipart one, and a retry by either transport is the same request", async () => {
    const data = valid();
    const first = await postJson(data);
    expect(first.status).toBe(200);
    const code = resultOf<{ trackingCode: string }>(first.json).trackingCode;
    expect(resultOf((await postJson(data)).json)).toMatchObject({ trackingCode: code, replayed: true });
    expect(resultOf((await postMultipart(server, "complaint.submit", data)).json)).toMatchObject({ trackingCode: code, replayed: true });
    expect(await countByKey(data.idempotencyKey)).toBe(1);
  });

  it("answers bad JSON fields with the same translated field errors", async () => {
    const res = await postJson(valid({ description: "pendek", serviceId: "not-a-uuid" }));
    expect(res.status).toBe(400);
    expect(Object.keys(errorOf(res.json).fieldErrors ?? {}).sort()).toEqual(["description", "serviceId"]);
  });
});

describe("idempotency keys are bound to their request", () => {
  it("answers the same request with its code, and the same key with other content with 422 and nothing else (fails before: it revealed the code)", async () => {
    const data = valid();
    const first = await postMultipart(server, "complaint.submit", data, []);
    const code = resultOf<{ trackingCode: string }>(first.json).trackingCode;
    const same = await postMultipart(server, "complaint.submit", data, []);
    expect(resultOf(same.json)).toMatchObject({ trackingCode: code, replayed: true });

    for (const other of [
      { ...data, description: `${data.description} Ditambah kalimat lain.` },
      { ...data, contactEmail: "penebak@example.com" },
    ]) {
      const res = await postMultipart(server, "complaint.submit", other, [], { cookie: "NEXT_LOCALE=en" });
      expect(res.status).toBe(422);
      expect(JSON.stringify(res.json)).not.toContain(code);
      expect(errorOf(res.json).fieldErrors?._form?.[0]).toMatch(/already used for a different report/);
    }
    const withFile = await postMultipart(server, "complaint.submit", data, [{ name: "a.pdf", bytes: PDF_BYTES }]);
    expect(withFile.status).toBe(422);
    expect(await countByKey(data.idempotencyKey)).toBe(1);
  });

  it("checks the key before storing any byte: a replay with files stores nothing new (fails before: every replay stored its files)", async () => {
    const stored = async () => (await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from stored_objects`))[0]!.n;
    const data = valid();
    const files = [
      { name: "foto.png", bytes: await png() },
      { name: "bukti.pdf", bytes: PDF_BYTES },
    ];
    expect((await postMultipart(server, "complaint.submit", data, files)).status).toBe(200);
    const afterFirst = await stored();
    const before = await readdirCount(server.storageDir);
    for (let i = 0; i < 3; i++) expect((await postMultipart(server, "complaint.submit", data, files)).status).toBe(200);
    const other = [{ name: "lain.pdf", bytes: new Uint8Array([...PDF_BYTES, 0x0a, 0x25]) }];
    expect((await postMultipart(server, "complaint.submit", data, other)).status).toBe(422);
    expect(await stored()).toBe(afterFirst);
    expect(await readdirCount(server.storageDir)).toBe(before);
  });

  it("sweeps stored bytes that no row took, after the grace period, and keeps the rest", async () => {
    const ctx = makeDomainCtx({ db: t.db, storage: server.storage });
    const orphan = await storeAttachments(ctx, [{ name: "yatim.pdf", bytes: PDF_BYTES }], key(), new Date());
    const kept = valid();
    expect((await postMultipart(server, "complaint.submit", kept, [{ name: "bukti.pdf", bytes: PDF_BYTES }])).status).toBe(200);
    const [row] = await selectRows<{ storage_key: string }>(
      t.db,
      sql`select a.storage_key from attachments a join complaints c on c.id = a.complaint_id where c.idempotency_key = ${kept.idempotencyKey}`,
    );

    expect(await sweepOrphanedObjects({ ctx })).toEqual({ deleted: 0, kept: 0 }); // within the grace period
    const later = makeDomainCtx({ db: t.db, storage: server.storage, now: () => new Date(Date.now() + (ORPHAN_GRACE_MINUTES + 1) * 60_000) });
    const swept = await sweepOrphanedObjects({ ctx: later });
    expect(swept.deleted).toBeGreaterThanOrEqual(1);
    expect(await server.storage.get(orphan.keys[0]!)).toBeNull();
    expect(await server.storage.get(row!.storage_key)).not.toBeNull();
    expect((await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from stored_objects`))[0]!.n).toBe(0);
  });
});

describe("tracking and 'me too'", () => {
  const track = async (code: string) => {
    const res = await fetch(`${server.url}/complaint.track?input=${encodeURIComponent(JSON.stringify({ json: { code } }))}`);
    return { status: res.status, json: await res.json() };
  };

  it("pauses an address that guesses tracking codes, hits included, and only that address (fails before: unlimited guesses)", async () => {
    const limited = await startTrpcServer(t.db, { config: { trackLimit: { missesPerIp: 3, windowSeconds: 60 } } });
    try {
      const res = await postMultipart(server, "complaint.submit", valid());
      const { trackingCode } = resultOf<{ trackingCode: string }>(res.json);
      const lookup = async (code: string, ip: string) =>
        (
          await fetch(`${limited.url}/complaint.track?input=${encodeURIComponent(JSON.stringify({ json: { code } }))}`, {
            headers: { "x-forwarded-for": ip },
          })
        ).status;
      // A reporter reloading their own page never counts.
      for (let i = 0; i < 5; i++) expect(await lookup(trackingCode, "198.51.100.200")).toBe(200);
      for (const guess of ["AAAA-AAAA-AA", "BBBB-BBBB-BB", "CCCC-CCCC-CC"]) expect(await lookup(guess, "203.0.113.66")).toBe(404);
      expect(await lookup(trackingCode, "203.0.113.66")).toBe(429);
      expect(await lookup(trackingCode, "198.51.100.200")).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it("shows the reporter their complaint as received, by code typed loosely, without any contact", async () => {
    const res = await postMultipart(server, "complaint.submit", valid({ contactPhone: "+62 812 5555 0101" }));
    const { trackingCode } = resultOf<{ trackingCode: string }>(res.json);
    const tracked = await track(trackingCode.toLowerCase().replaceAll("-", " "));
    expect(tracked.status).toBe(200);
    const view = resultOf<{ status: string; timeline: Array<{ kind: string; status?: string }> }>(tracked.json);
    expect(view.status).toBe("received");
    expect(view.timeline).toEqual([expect.objectContaining({ kind: "status", status: "received" })]);
    const text = JSON.stringify(tracked.json);
    for (const personal of ["Siti", "siti@example.com", "5555"]) expect(text).not.toContain(personal);
    expect((await track("ZZZZ-ZZZZ-ZZ")).status).toBe(404);
    expect((await track("")).status).toBe(400);
  });

  it("offers a recent report on the same service, and joining it groups both into one incident", async () => {
    // A service no other test here reports on, so no surge has grouped its reports already.
    const [krl] = await selectRows<{ id: string }>(t.db, sql`select id from services where code = 'krl-commuter'`);
    const valid = (o: Record<string, unknown> = {}) => validReport({ serviceId: krl!.id, placeId: undefined, category: "crowding", ...o });
    const serviceId = krl!.id;
    const first = resultOf<{ trackingCode: string }>((await postMultipart(server, "complaint.submit", valid())).json);
    const [firstRow] = await t.db.select().from(complaints).where(eq(complaints.trackingCode, first.trackingCode));
    const similarRes = await fetch(`${server.url}/complaint.similar?input=${encodeURIComponent(JSON.stringify({ json: { serviceId: serviceId } }))}`);
    const similar = resultOf<{ recent: Array<{ id: string }>; incidents: unknown[] }>(await similarRes.json());
    expect(similar.recent.map((r) => r.id)).toContain(firstRow!.id);
    expect(JSON.stringify(similar)).not.toContain("formulir kertas"); // no text of other reporters

    const secondRes = await postMultipart(server, "complaint.submit", valid({ joinComplaintId: firstRow!.id }));
    expect(secondRes.json).not.toHaveProperty("error");
    const second = resultOf<{ incidentId: string | null }>(secondRes.json);
    expect(second.incidentId).toBeTruthy();
    const [incident] = await t.db.select().from(incidents).where(eq(incidents.id, second.incidentId!));
    expect(incident).toMatchObject({ state: "candidate", reportCount: 2, serviceId: serviceId });

    const after = resultOf<{ incidents: Array<{ id: string; reportCount: number }> }>(
      await (await fetch(`${server.url}/complaint.similar?input=${encodeURIComponent(JSON.stringify({ json: { serviceId: serviceId } }))}`)).json(),
    );
    expect(after.incidents).toContainEqual(expect.objectContaining({ id: incident!.id, reportCount: 2 }));

    const third = resultOf<{ incidentId: string }>((await postMultipart(server, "complaint.submit", valid({ joinIncidentId: incident!.id }))).json);
    expect(third.incidentId).toBe(incident!.id);
    const [again] = await t.db.select().from(incidents).where(eq(incidents.id, incident!.id));
    expect(again!.reportCount).toBe(3);
  });

  it("takes more information only when it was asked for, and moves the case back to verification", async () => {
    const { trackingCode } = resultOf<{ trackingCode: string }>((await postMultipart(server, "complaint.submit", valid())).json);
    const early = await postMultipart(server, "complaint.addInformation", { code: trackingCode, idempotencyKey: key(), body: "Tambahan" });
    expect(early.status).toBe(409);

    await t.db.update(complaints).set({ stage: "awaiting_reporter" }).where(eq(complaints.trackingCode, trackingCode));
    const info = { code: trackingCode, idempotencyKey: key(), body: "Saya antre di Terminal 3 pukul 09.30, nomor penerbangan GA 404." };
    const ok = await postMultipart(server, "complaint.addInformation", info, [{ name: "tiket.pdf", bytes: PDF_BYTES }]);
    expect(ok.status).toBe(200);
    expect(resultOf<{ added: boolean }>(ok.json).added).toBe(true);
    const retry = await postMultipart(server, "complaint.addInformation", info);
    expect(retry.status).toBe(200);

    const view = resultOf<{ status: string; timeline: Array<{ kind: string; body?: string }> }>((await track(trackingCode)).json);
    expect(view.status).toBe("checking_completeness");
    expect(view.timeline.filter((i) => i.kind === "message")).toEqual([expect.objectContaining({ body: info.body })]);
  });
});

import { createHmac } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import exifr from "exifr";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { handleWhatsAppWebhook } from "@/server/http/whatsapp/webhook";
import { attachments, complaintContacts, complaintMessages, complaints, whatsappConversations } from "@/server/db/schema";
import { selectRows } from "@/server/db/rows";
import { deliverDueWhatsApp } from "@/server/domain/channel/whatsapp/deliver";
import type { WhatsAppConfig } from "@/server/domain/channel/whatsapp/graph-client";
import { messageReporter } from "@/server/domain/complaint/message-reporter";
import { defaultConfig, makeDomainCtx } from "@/server/domain/context";
import { receiveWhatsAppMessage } from "@/server/domain/channel/whatsapp/receive-message";
import { listMailbox } from "@/server/domain/notification/mailbox";
import { seedDemo } from "@/server/seed";
import { getPublicStatistics } from "@/server/domain/stats/public-statistics";
import { localStorage } from "@/server/storage/local";
import { createTestDb, type TestDb } from "@/tests/helpers/db";
import { actorOf, createUser } from "@/tests/helpers/factories";
import { serveFetch } from "@/tests/helpers/fetch-server";
import { startGraphApi } from "@/tests/helpers/graph-api";
import { jpegWithGps } from "@/tests/helpers/images";

let t: TestDb;
let graph: Awaited<ReturnType<typeof startGraphApi>>;
let server: Awaited<ReturnType<typeof serveFetch>>;
let config: WhatsAppConfig;
const storage = localStorage(mkdtempSync(path.join(tmpdir(), "sigap-wa-")));
const BASE = "https://sigap.test";
const ctx = (now?: Date) => makeDomainCtx({ db: t.db, storage, now: now ? () => now : undefined });

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { story: false });
  graph = await startGraphApi({ phoneNumberId: "1029384756", accessToken: "graph-test-token" });
  config = {
    verifyToken: "verify-me-please",
    appSecret: "app-secret-for-tests",
    accessToken: "graph-test-token",
    phoneNumberId: "1029384756",
    apiUrl: graph.url,
    template: "sigap_case_update",
  };
  server = await serveFetch((req) => {
    const off = new URL(req.url).pathname === "/off";
    return handleWhatsAppWebhook(req, off ? undefined : config, async () => ctx());
  });
}, 60_000);
afterAll(async () => {
  await server.close();
  await graph.close();
  await t.destroy();
});

let seq = 0;
/** A webhook delivery as Meta sends it: one text or image message from one number, with its profile name. */
function delivery(from: string, message: { text?: string; imageId?: string }, id = `wamid.in-${Date.now()}-${seq++}`) {
  return {
    id,
    body: JSON.stringify({
      object: "whatsapp_business_account",
      entry: [
        {
          id: "WABA-1",
          changes: [
            {
              field: "messages",
              value: {
                messaging_product: "whatsapp",
                metadata: { display_phone_number: "62215551234", phone_number_id: config.phoneNumberId },
                contacts: [{ profile: { name: "Budi Santoso" }, wa_id: from }],
                messages: [
                  message.imageId
                    ? { from, id, timestamp: "1608379200", type: "image", image: { id: message.imageId, mime_type: "image/jpeg", sha256: "x" } }
                    : { from, id, timestamp: "1608379200", type: "text", text: { body: message.text } },
                ],
              },
            },
          ],
        },
      ],
    }),
  };
}

const sign = (body: string, secret = config.appSecret) => `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
const post = (body: string, signature: string | null = sign(body)) =>
  fetch(`${server.url}/api/webhooks/whatsapp`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(signature ? { "x-hub-signature-256": signature } : {}) },
    body,
  });
/** Sends one message through the webhook and delivers the answers it queued; returns those answers. */
async function say(from: string, message: { text?: string; imageId?: string }) {
  const before = graph.textsTo(from).length;
  const res = await post(delivery(from, message).body);
  expect(res.status).toBe(200);
  await deliverDueWhatsApp({ ctx: ctx(), config, baseUrl: BASE });
  return graph.textsTo(from).slice(before);
}
const count = async (table: string) => (await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n;

describe("WhatsApp Business webhook", () => {
  it("answers Meta's subscription check with the challenge for the right token only, and is off (404) when not configured", async () => {
    const check = (token: string, where = "/api/webhooks/whatsapp") =>
      fetch(`${server.url}${where}?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=1158201444`);
    const ok = await check("verify-me-please");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await ok.text()).toBe("1158201444");
    expect((await check("wrong-token")).status).toBe(403);
    expect((await check("verify-me-please", "/off")).status).toBe(404);
    expect((await post(delivery("628111", { text: "halo" }).body)).status).toBe(200);
    expect((await fetch(`${server.url}/off`, { method: "POST", body: "{}" })).status).toBe(404);
  });

  it("refuses a delivery without the app secret's signature (401) and stores nothing", async () => {
    const before = [await count("inbound_messages"), await count("whatsapp_conversations"), await count("outbox")];
    const { body } = delivery("628222000111", { text: "halo" });
    expect((await post(body, null)).status).toBe(401);
    expect((await post(body, sign(body, "another-secret"))).status).toBe(401);
    expect((await post(body.replace("halo", "hallo"), sign(body))).status).toBe(401);
    expect([await count("inbound_messages"), await count("whatsapp_conversations"), await count("outbox")]).toEqual(before);
    // Signed but not a WhatsApp delivery: a clear 400, nothing stored.
    const junk = JSON.stringify({ object: "page", entry: [] });
    expect((await post(junk)).status).toBe(400);
    expect((await post("not json")).status).toBe(400);
  });

  it("guides a reporter from 'halo' to a stored confidential report with its photo, and answers with the tracking code", async () => {
    const from = "6281234567890";
    expect((await say(from, { text: "halo" }))[0]).toContain("Reply 2 for English");
    expect((await say(from, { text: "2" }))[0]).toContain("What kind of problem");
    expect((await say(from, { text: "9" }))[0]).toContain("number from 1 to 7");
    expect((await say(from, { text: "2" }))[0]).toContain("Which service");
    expect((await say(from, { text: "e-HAC" }))[0]).toContain("Where did it happen");
    const places = (await say(from, { text: "Terminal Soekarno-Hatta" }))[0]!;
    expect(places).toContain("Terminal 3 Bandara Soekarno-Hatta");
    const t3 = places
      .split("\n")
      .find((l) => l.includes("Terminal 3"))!
      .split(".")[0]!;
    expect((await say(from, { text: t3 }))[0]).toContain("What happened");
    expect((await say(from, { text: "pendek" }))[0]).toContain("too short");
    expect(
      (await say(from, { text: "The e-HAC readers at the gate cannot reach the server; we were sent to fill paper forms again." }))[0],
    ).toContain("photo");
    // A photo WhatsApp no longer serves (its link expired) is asked for again, not retried for days.
    expect((await say(from, { imageId: "media-gone" }))[0]).toContain("cannot accept that photo");
    graph.addMedia("media-123", await jpegWithGps(), "image/jpeg");
    const summary = (await say(from, { imageId: "media-123" }))[0]!;
    expect(summary).toMatch(/e-HAC/);
    expect(summary).toMatch(/Terminal 3/);
    expect(summary).toMatch(/Photo: yes/);
    const filed = (await say(from, { text: "YES" }))[0]!;
    const code = /Tracking code: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2})/.exec(filed)![1]!;
    expect(filed).toContain(`${BASE}/track/${code}`);

    const [complaint] = await t.db.select().from(complaints).where(eq(complaints.trackingCode, code));
    expect(complaint).toMatchObject({ channel: "whatsapp", category: "system_down", confidential: true, language: "en" });
    expect(complaint!.serviceId).not.toBeNull();
    expect(complaint!.placeId).not.toBeNull();
    const [contact] = await t.db.select().from(complaintContacts).where(eq(complaintContacts.complaintId, complaint!.id));
    expect(contact).toMatchObject({ phone: `+${from}`, name: "Budi Santoso", email: null });
    const [photo] = await t.db.select().from(attachments).where(eq(attachments.complaintId, complaint!.id));
    const exif = await exifr.parse(Buffer.from((await storage.get(photo!.storageKey))!), { gps: true, tiff: true });
    expect(exif?.latitude).toBeUndefined();
    expect(graph.refused).toEqual([]);

    // What they write next lands on the case; a tracking code from anyone gets its status.
    expect((await say(from, { text: "It is still down this morning." }))[0]).toContain(code);
    const messages = await t.db.select().from(complaintMessages).where(eq(complaintMessages.complaintId, complaint!.id));
    expect(messages.map((m) => [m.direction, m.body])).toEqual([["from_reporter", "It is still down this morning."]]);
    expect((await say("6289999000111", { text: `status ${code}` }))[0]).toMatch(new RegExp(`${code}: Diterima`));
    // Counted by channel in the public statistics (small groups are folded, so compare with the database).
    const stats = await getPublicStatistics({ ctx: ctx(), input: {} });
    const [whatsapp] = await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from complaints where channel = 'whatsapp'`);
    expect(stats.byChannel.find((c) => c.key === "whatsapp")?.count ?? stats.byChannel.find((c) => c.key === "_other")!.count).toBeGreaterThanOrEqual(
      whatsapp!.n,
    );
    // Staff read the conversation's answers on the mailbox page, as the reporter read them.
    const mailbox = await listMailbox({ ctx: makeDomainCtx({ db: t.db, actor: actorOf(await createUser(t.db, "investigator")) }) });
    expect(mailbox.find((m) => m.channel === "whatsapp" && m.text.includes(code))).toBeDefined();
  });

  it("counts a number's unknown tracking codes like an address's on the web (fails before: WhatsApp had no limit)", async () => {
    const limited = makeDomainCtx({ db: t.db, storage, config: { ...defaultConfig(), trackLimit: { missesPerIp: 3, windowSeconds: 600 } } });
    const from = `62877${String(Date.now()).slice(-7)}`;
    const [known] = await t.db.select({ code: complaints.trackingCode }).from(complaints).limit(1);
    const send = (text: string) =>
      receiveWhatsAppMessage({
        ctx: limited,
        message: { id: `wamid.guess-${seq++}`, waId: from, name: "Penebak", text, image: null },
        fetchMedia: async () => new Uint8Array(),
      });
    for (const guess of ["AAAA-AAAA-A1", "BBBB-BBBB-B2", "CCCC-CCCC-C3"]) await send(guess);
    await send(known!.code);
    await deliverDueWhatsApp({ ctx: limited, config, baseUrl: BASE });
    const answers = graph.textsTo(from);
    // (Answers go out in no set order.) Past the limit a real code is refused too, or a guesser could still tell a
    // hit from a miss.
    expect(answers).toHaveLength(4);
    expect(answers.filter((a) => a.includes("tidak kami temukan"))).toHaveLength(3);
    expect(answers.filter((a) => a.includes("Terlalu banyak kode"))).toHaveLength(1);
    expect(answers.some((a) => a.includes(known!.code))).toBe(false);
    // Another number is not held back by it.
    await receiveWhatsAppMessage({
      ctx: limited,
      message: { id: `wamid.other-${seq++}`, waId: `${from}9`, name: "Lain", text: known!.code, image: null },
      fetchMedia: async () => new Uint8Array(),
    });
    await deliverDueWhatsApp({ ctx: limited, config, baseUrl: BASE });
    expect(graph.textsTo(`${from}9`)[0]).toContain(known!.code);
  });

  it("stores a replayed message once, however often WhatsApp delivers it", async () => {
    const from = "6285550001111";
    // A ten-letter word ("keterangan") is not taken for a tracking code: this starts a conversation.
    const first = delivery(from, { text: "Saya mau melapor, keterangan menyusul" });
    await post(first.body);
    const again = await Promise.all([post(first.body), post(first.body)]);
    expect(again.map((r) => r.status)).toEqual([200, 200]);
    const [conversation] = await t.db.select().from(whatsappConversations).where(eq(whatsappConversations.waId, from));
    expect(conversation!.step).toBe("language");
    const queued = await selectRows<{ n: number }>(t.db, sql`select count(*)::int as n from outbox where recipient = ${from}`);
    expect(queued[0]!.n).toBe(1);
    // The one that files, delivered twice, files once.
    for (const text of ["1", "1", "0", "Stasiun Gambir", "0", "Loket tiket tutup padahal jadwalnya buka sejak pagi."]) await say(from, { text });
    await say(from, { text: "lewati" });
    const confirm = delivery(from, { text: "ya" });
    await Promise.all([post(confirm.body), post(confirm.body)]);
    const filed = await t.db
      .select({ id: complaints.id })
      .from(complaints)
      .innerJoin(complaintContacts, eq(complaintContacts.complaintId, complaints.id))
      .where(eq(complaintContacts.phone, `+${from}`));
    expect(filed).toHaveLength(1);
  });

  it("sends staff messages back as text within 24 hours of the reporter's last message, and as the approved template after", async () => {
    const from = "6287770002222";
    for (const text of ["halo", "1", "1", "0", "Kantor Imigrasi", "Antrean paspor sampai ke jalan, tidak ada nomor antrean."])
      await say(from, { text });
    await say(from, { text: "lewati" });
    const code = /([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2})/.exec((await say(from, { text: "ya" }))[0]!)![1]!;
    const [complaint] = await t.db.select().from(complaints).where(eq(complaints.trackingCode, code));
    const investigator = actorOf(await createUser(t.db, "investigator"));
    await messageReporter({
      ctx: makeDomainCtx({ db: t.db, actor: investigator }),
      input: { complaintId: complaint!.id, body: "Kantor imigrasi mana?" },
    });
    await deliverDueWhatsApp({ ctx: ctx(), config, baseUrl: BASE });
    expect(graph.textsTo(from).at(-1)).toContain("Kantor imigrasi mana?");

    await messageReporter({
      ctx: makeDomainCtx({ db: t.db, actor: investigator }),
      input: { complaintId: complaint!.id, body: "Kami menunggu jawaban Anda." },
    });
    await deliverDueWhatsApp({ ctx: ctx(new Date(Date.now() + 25 * 3600_000)), config, baseUrl: BASE });
    const template = graph.sent.filter((m) => m.to === from && m.type === "template").at(-1);
    expect(template).toMatchObject({
      type: "template",
      template: {
        name: "sigap_case_update",
        language: { code: "id" },
        components: [{ type: "body", parameters: [{ type: "text", text: code }, { type: "text" }] }],
      },
    });
    expect(graph.refused).toEqual([]);
  });

  it("keeps an answer the API refused for a later try, as mail does", async () => {
    const from = "6281110003333";
    await post(delivery(from, { text: "halo" }).body);
    graph.failNext(1);
    expect(await deliverDueWhatsApp({ ctx: ctx(), config, baseUrl: BASE })).toMatchObject({ sent: 0, retried: 1 });
    expect(await deliverDueWhatsApp({ ctx: ctx(new Date(Date.now() + 60_000)), config, baseUrl: BASE })).toMatchObject({ sent: 1 });
    expect(graph.textsTo(from)).toHaveLength(1);
  });
});

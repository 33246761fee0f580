import { randomInt } from "node:crypto";
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import postgres from "postgres";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const code = () => {
  const c = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8)}`;
};

/**
 * The baseline: a bare Node `http` server that reads the same JSON report and inserts the same complaint
 * row with postgres.js — no framework, no validation beyond what the table checks, no clustering, no audit —
 * and answers the same reads with one SELECT each.
 * What Sigap adds costs the difference.
 */
export async function startBaseline(databaseUrl: string, poolSize = 20): Promise<{ url: string; close(): Promise<void> }> {
  const sql = postgres(databaseUrl, { max: poolSize, onnotice: () => {} });
  const server: Server = createServer((req, res) => {
    if (req.method === "GET") return void read(req.url ?? "/", res);
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      try {
        const d = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, string>;
        const [row] = await sql<Array<{ tracking_code: string }>>`
          insert into complaints (tracking_code, idempotency_key, category, service_id, place_id, occurred_at, description, language, confidential)
          values (${code()}, ${d.idempotencyKey!}, ${d.category!}, ${d.serviceId ?? null}, ${d.placeId ?? null}, ${d.occurredAt!}, ${d.description!}, ${d.language ?? "id"}, true)
          on conflict (idempotency_key) do update set idempotency_key = excluded.idempotency_key
          returning tracking_code`;
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ trackingCode: row!.tracking_code }));
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    });
  });
  // The same reads as the surge makes of Sigap: a reporter's tracking page and the investigators' queue.
  async function read(url: string, res: ServerResponse) {
    try {
      const u = new URL(url, "http://baseline");
      const rows =
        u.pathname === "/track"
          ? await sql`select tracking_code, stage, category, created_at, description from complaints where tracking_code = ${u.searchParams.get("code") ?? ""}`
          : await sql`select id, tracking_code, stage, category, created_at from complaints order by created_at desc, id desc limit 50`;
      res.writeHead(rows.length > 0 || u.pathname !== "/track" ? 200 : 404, { "content-type": "application/json" }).end(JSON.stringify(rows));
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sql.end({ timeout: 5 });
    },
  };
}

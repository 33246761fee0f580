import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect as connectHttp2 } from "node:http2";
import { request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { Agent, request, setGlobalDispatcher } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBenchDatabase, root, startApp } from "@/bench/lib/app";
import { signInOverHttp } from "@/bench/lib/staff-session";
import { freePort, type RunningApp } from "@/scripts/lib/app-process";
import { connect, type DbHandle } from "@/server/db/connect";
import { runMigrations } from "@/server/db/migrate";
import { selectRows } from "@/server/db/rows";
import { DEMO_PASSWORD, seedDemo } from "@/server/seed";
import { REPORT_HEADERS, reportBody } from "./report-body";

/**
 * deploy/nginx/sigap.conf as shipped (only its ports, certificate and cache folder replaced), in Debian's nginx
 * with the brotli module, in front of two processes of the built app on PostgreSQL, each with TRUST_PROXY_HOPS=1.
 */
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const BROTLI_MODULE = "/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so";
// The test's own client address: nginx sees it, the app behind sees only nginx's.
const CLIENT_ADDRESS = "127.0.0.2";

let database: Awaited<ReturnType<typeof createBenchDatabase>>;
let handle: DbHandle;
const apps: RunningApp[] = [];
let nginx: ChildProcess;
let dir: string;
let base: string;
let plainBase: string;
const insecure = new Agent({ connect: { rejectUnauthorized: false } });

/** The shipped site file with this machine's ports, a throwaway certificate and cache folder; fails if a line moved. */
function siteConfig(httpPort: number, httpsPort: number, appPorts: number[]): string {
  let conf = readFileSync(path.join(root, "deploy/nginx/sigap.conf"), "utf8");
  const swap = (from: string | RegExp, to: string) => {
    const next = conf.replace(from, to);
    if (next === conf) throw new Error(`deploy/nginx/sigap.conf no longer has ${from}`);
    conf = next;
  };
  swap("server 127.0.0.1:3000 ", `server 127.0.0.1:${appPorts[0]} `);
  swap("server 127.0.0.1:3001 ", `server 127.0.0.1:${appPorts[1]} `);
  swap("listen 80;", `listen 127.0.0.1:${httpPort};`);
  swap("listen 443 ssl http2;", `listen 127.0.0.1:${httpsPort} ssl http2;`);
  swap(/\n\s*listen \[::\]:80;/, "");
  swap(/\n\s*listen \[::\]:443 ssl http2;/, "");
  swap("/etc/ssl/certs/sigap.pem", path.join(dir, "cert.pem"));
  swap("/etc/ssl/private/sigap.key", path.join(dir, "key.pem"));
  swap("/var/cache/nginx/sigap", path.join(dir, "cache"));
  return conf;
}

function mainConfig(): string {
  const temp = (name: string) => path.join(dir, name);
  return [
    "daemon off;",
    "worker_processes 1;",
    // Workers must be able to write the cache and temporary folders made here.
    process.getuid?.() === 0 ? "user root;" : "",
    `pid ${temp("nginx.pid")};`,
    `error_log ${temp("error.log")} warn;`,
    `load_module ${BROTLI_MODULE};`,
    "events { worker_connections 256; }",
    "http {",
    "  include /etc/nginx/mime.types;",
    "  access_log off;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${temp(`${t}-temp`)};`),
    `  include ${temp("sigap.conf")};`,
    "}",
  ].join("\n");
}

/** A POST from CLIENT_ADDRESS (undici does not bind a local address; node:https does). */
function postFromClient(pathname: string, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(`${base}${pathname}`, { method: "POST", headers, localAddress: CLIENT_ADDRESS, rejectUnauthorized: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function get(pathname: string, headers: Record<string, string> = {}) {
  const res = await request(`${base}${pathname}`, { headers, dispatcher: insecure });
  return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
}

beforeAll(async () => {
  database = await createBenchDatabase(ADMIN_URL);
  handle = await connect({ driver: "postgres", url: database.url, poolSize: 2 });
  await runMigrations(handle, database.url);
  await seedDemo(handle.db);
  for (let i = 0; i < 2; i++) apps.push(await startApp(database.url, { DATABASE_POOL_SIZE: "4", TRUST_PROXY_HOPS: "1" }));

  dir = mkdtempSync(path.join(tmpdir(), "sigap-nginx-"));
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, "cache"), { mode: 0o777 });
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
      "-keyout",
      path.join(dir, "key.pem"),
      "-out",
      path.join(dir, "cert.pem"),
    ],
    { stdio: "ignore" },
  );
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  writeFileSync(
    path.join(dir, "sigap.conf"),
    siteConfig(
      httpPort,
      httpsPort,
      apps.map((a) => Number(new URL(a.url).port)),
    ),
  );
  writeFileSync(path.join(dir, "nginx.conf"), mainConfig());
  execFileSync("nginx", ["-t", "-q", "-p", dir, "-c", path.join(dir, "nginx.conf")]);
  nginx = spawn("nginx", ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "inherit" });
  base = `https://127.0.0.1:${httpsPort}`;
  plainBase = `http://127.0.0.1:${httpPort}`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await get("/api/health")).status === 200) break;
    } catch {
      // nginx not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  setGlobalDispatcher(insecure);
}, 180_000);

afterAll(async () => {
  nginx?.kill("SIGQUIT");
  for (const app of apps) await app.stop();
  await handle?.close();
  await database?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("nginx in front of the app (deploy/nginx/sigap.conf)", () => {
  it("serves a public page from its cache on the second request, compressed with brotli", async () => {
    const first = await get("/insiden", { "accept-encoding": "br, gzip" });
    const second = await get("/insiden", { "accept-encoding": "br, gzip" });
    expect(first.status).toBe(200);
    expect(first.headers["x-cache-status"]).toBe("MISS");
    expect(second.headers["x-cache-status"]).toBe("HIT");
    expect(second.headers["content-encoding"]).toBe("br");
    // Each answer names its own request, a cached one too (nginx's id, which the app also logs).
    expect(first.headers["x-request-id"]).toMatch(/^[0-9a-f]{32}$/);
    expect(second.headers["x-request-id"]).toMatch(/^[0-9a-f]{32}$/);
    expect(second.headers["x-request-id"]).not.toBe(first.headers["x-request-id"]);
  });

  it("sends the framework's assets brotli-compressed and gzip to a client without brotli", async () => {
    const chunk = readdirSync(path.join(root, ".next/static/chunks")).find((f) => f.endsWith(".js"))!;
    const br = await get(`/_next/static/chunks/${chunk}`, { "accept-encoding": "br, gzip" });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    const gz = await get(`/_next/static/chunks/${chunk}`, { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
  });

  it("never caches anything with a session, and never hands a signed-in page to anyone else", async () => {
    const cookie = await signInOverHttp(base, "investigator@sigap.example", DEMO_PASSWORD);
    for (const pathname of ["/console", "/console", "/insiden", "/insiden"]) {
      const res = await get(pathname, { cookie });
      expect(res.status, pathname).toBe(200);
      expect(res.headers["x-cache-status"], pathname).toBe("BYPASS");
    }
    const staffView = await get("/dashboard", { cookie });
    expect(staffView.status).toBe(200);
    const anonymous = await get("/dashboard");
    // Signed out, the staff page sends to sign-in: it was not stored from the signed-in answer.
    expect(anonymous.status).not.toBe(200);
    expect(anonymous.headers["x-cache-status"]).not.toBe("HIT");
  });

  it("files a report and counts it against the address nginx saw, not the one the client claimed", async () => {
    const [service] = await selectRows<{ id: string }>(handle.db, sql`select id from services order by code limit 1`);
    const key = `proxy_${randomUUID().replaceAll("-", "")}`;
    const res = await postFromClient(
      "/api/trpc/complaint.submit",
      { ...REPORT_HEADERS, "x-forwarded-for": "203.0.113.9" },
      reportBody(service!.id, key),
    );
    expect(res.status, res.text).toBe(200);
    const [stored] = await selectRows<{ n: number }>(handle.db, sql`select count(*)::int as n from complaints where idempotency_key = ${key}`);
    expect(stored!.n).toBe(1);
    const keys = (await selectRows<{ key: string }>(handle.db, sql`select key from rate_limits where key like 'submit-ip:%'`)).map((r) => r.key);
    expect(keys, JSON.stringify(keys)).toContainEqual(expect.stringContaining(CLIENT_ADDRESS));
    expect(keys.some((k) => k.includes("203.0.113.9"))).toBe(false);
  });

  it("speaks HTTP/2, sends plain HTTP to HTTPS, and refuses a body over the upload limit before the app sees it", async () => {
    const session = connectHttp2(base, { rejectUnauthorized: false });
    const protocol = await new Promise<string | false | undefined>((resolve, reject) => {
      session.once("connect", () => resolve(session.alpnProtocol));
      session.once("error", reject);
    });
    session.close();
    expect(protocol).toBe("h2");
    const plain = await request(`${plainBase}/insiden?x=1`);
    expect(plain.statusCode).toBe(308);
    expect(plain.headers.location).toBe(`https://127.0.0.1/insiden?x=1`);
    await plain.body.text();
    const big = await request(`${base}/api/trpc/complaint.submit`, {
      method: "POST",
      dispatcher: insecure,
      headers: { "content-type": "application/json", "x-sigap-request": "1", "content-length": String(52 * 1024 * 1024) },
      body: Buffer.alloc(52 * 1024 * 1024, 32),
    });
    expect(big.statusCode).toBe(413);
    await big.body.text();
  });
});

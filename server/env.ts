import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// The only module that reads process.env: everything else imports `env`.
const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : v === "true" || v === "1"));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url().optional(),
  /** A streaming replica (hot standby) of DATABASE_URL: public pages, open data, feeds and Open311 reads go there. */
  DATABASE_REPLICA_URL: z.url().optional(),
  /** The owner role's URL, for migrations only, when DATABASE_URL names a restricted role (see db/app-role). */
  DATABASE_MIGRATION_URL: z.url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Prepared statements on PostgreSQL (each connection plans a query once); false behind a transaction-pooling PgBouncer. */
  DATABASE_PREPARE: bool,
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  DATA_DIR: z.string().min(1).default(".data"),
  SIGAP_DEMO: bool,
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** A session ends after this many hours without a request… */
  SESSION_IDLE_HOURS: z.coerce
    .number()
    .min(0.1)
    .max(24 * 30)
    .default(8),
  /** …and this many hours after its sign-in, however busy it is. */
  SESSION_MAX_HOURS: z.coerce
    .number()
    .min(0.1)
    .max(24 * 30)
    .default(12),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  TEST_DATABASE_URL: z.url().optional(),
  STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
  UPLOADS_DIR: z.string().min(1).optional(),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: bool,
  /** Submissions allowed per client address, and per reporter contact, in each window. */
  RATE_LIMIT_SUBMIT_PER_IP: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_SUBMIT_PER_CONTACT: z.coerce.number().int().min(1).default(5),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(3600),
  /** Tracking-code lookups that find nothing, allowed per client address in each window (guessing codes). */
  RATE_LIMIT_TRACK_MISSES_PER_IP: z.coerce.number().int().min(1).default(100),
  RATE_LIMIT_TRACK_WINDOW_SECONDS: z.coerce.number().int().min(1).default(600),
  /** How many proxies in front of the app append to X-Forwarded-For (0: the app faces clients). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  OPEN311_API_KEY: z.string().min(8).optional(),
  MAP_TILE_URL: z.string().default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
  MAP_TILE_ATTRIBUTION: z.string().default("© OpenStreetMap contributors"),
  PUBLIC_BASE_URL: z.url().optional(),
  /** smtp(s)://user:pass@host:port; without it mail is kept in the staff mailbox page instead of sent. */
  SMTP_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default("Sigap Ombudsman <no-reply@sigap.example>"),
  /** Where reporters' replies go (the intake mailbox's address); mail to reporters carries it as Reply-To. */
  MAIL_REPLY_TO: z.string().min(3).optional(),
  /** imap(s)://user:pass@host:port of the mailbox whose mail becomes reports; without it, no email intake. */
  IMAP_URL: z.url().optional(),
  IMAP_FOLDER: z.string().min(1).default("INBOX"),
  /** The authserv-id of the mailbox server's Authentication-Results header (e.g. mx.ombudsman.go.id); else the topmost is read. */
  MAIL_AUTHSERV_ID: z.string().min(1).optional(),
  /** How often the mailbox is looked at, in seconds (doubling after each failure, up to a minute). */
  IMAP_POLL_SECONDS: z.coerce.number().min(0.5).max(3600).default(30),
  /** WhatsApp Business (Cloud API): the webhook and its answers are on only when all four are set. */
  WHATSAPP_VERIFY_TOKEN: z.string().min(8).optional(),
  WHATSAPP_APP_SECRET: z.string().min(8).optional(),
  WHATSAPP_ACCESS_TOKEN: z.string().min(8).optional(),
  WHATSAPP_PHONE_NUMBER_ID: z
    .string()
    .regex(/^[0-9]+$/)
    .optional(),
  WHATSAPP_API_URL: z.url().default("https://graph.facebook.com/v21.0"),
  /** The pre-approved template for answers outside WhatsApp's 24-hour window; its body takes the code and a status. */
  WHATSAPP_TEMPLATE: z.string().min(1).default("sigap_case_update"),
  /** Run the job worker (mail delivery, deadline sweeps) inside this app process. */
  SIGAP_JOBS: bool,
  /** Let service monitors reach private, loopback and link-local addresses: for tests against a local server only. */
  MONITOR_ALLOW_PRIVATE: bool,
  /** Checks one job worker runs at once (each waits at most its monitor's timeout). */
  MONITOR_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(50),
  /** How often checks are summed into the roll-ups the board reads, in seconds. */
  MONITOR_ROLLUP_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Serve anonymous public pages from the shared page cache (only under `npm start`; see server/public-cache). */
  SIGAP_PUBLIC_CACHE: bool,
  /** Memory each instance keeps for its copy of the hottest cached pages, in MB. */
  PUBLIC_CACHE_MEMORY_MB: z.coerce.number().int().min(1).max(4096).default(64),
  /** How long a cached page may show counts that later reports have moved, in ms (0: re-render on the next view). */
  PUBLIC_CACHE_COUNTS_STALE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  /** How long views share one read of the change versions, in ms; 0: every view reads them (see tag-versions.ts). */
  PUBLIC_CACHE_VERSION_REUSE_MS: z.coerce.number().int().min(0).max(5000).default(250),
  /** Shared entries kept per kind of page, and in all; past either the oldest renders are dropped. */
  PUBLIC_CACHE_MAX_ENTRIES_PER_ROUTE: z.coerce.number().int().min(1).max(1_000_000).default(2000),
  PUBLIC_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(10_000_000).default(20_000),
  /** First renders (pages not cached yet) running at once on an instance; past it, requests go to the app uncached. */
  PUBLIC_CACHE_MAX_FIRST_RENDERS: z.coerce.number().int().min(1).max(64).default(4),
});

function emptyToUndefined(source: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
}

function demoSecret(dataDir: string): string {
  // Demo mode only: one secret per checkout, kept on disk so restarts and several processes agree.
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`Invalid environment:\n  ${name}: required`);
  return value;
}

function loadEnv() {
  const parsed = schema.safeParse(emptyToUndefined(process.env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const raw = parsed.data;
  // Demo mode is the embedded database unless said otherwise.
  const demo = raw.SIGAP_DEMO ?? raw.DATABASE_URL === undefined;
  let authSecret = raw.AUTH_SECRET;
  if (!authSecret) {
    if (!demo) throw new Error("Invalid environment:\n  AUTH_SECRET: required outside demo mode (SIGAP_DEMO=false or DATABASE_URL set)");
    authSecret = demoSecret(raw.DATA_DIR);
  }
  return {
    nodeEnv: raw.NODE_ENV,
    databaseUrl: raw.DATABASE_URL,
    databaseReplicaUrl: raw.DATABASE_REPLICA_URL,
    migrationDatabaseUrl: raw.DATABASE_MIGRATION_URL ?? raw.DATABASE_URL,
    databasePoolSize: raw.DATABASE_POOL_SIZE,
    databasePrepare: raw.DATABASE_PREPARE ?? true,
    pgliteDir: path.resolve(/* turbopackIgnore: true */ raw.PGLITE_DIR),
    dataDir: path.resolve(/* turbopackIgnore: true */ raw.DATA_DIR),
    demo,
    authSecret,
    session: { idleHours: Math.min(raw.SESSION_IDLE_HOURS, raw.SESSION_MAX_HOURS), maxHours: raw.SESSION_MAX_HOURS },
    port: raw.PORT,
    testDatabaseUrl: raw.TEST_DATABASE_URL,
    storage:
      raw.STORAGE_DRIVER === "s3"
        ? ({
            driver: "s3",
            endpoint: raw.S3_ENDPOINT,
            region: raw.S3_REGION,
            bucket: required(raw.S3_BUCKET, "S3_BUCKET"),
            accessKeyId: raw.S3_ACCESS_KEY_ID,
            secretAccessKey: raw.S3_SECRET_ACCESS_KEY,
            forcePathStyle: raw.S3_FORCE_PATH_STYLE ?? true,
          } as const)
        : ({ driver: "local", dir: path.resolve(/* turbopackIgnore: true */ raw.UPLOADS_DIR ?? path.join(raw.DATA_DIR, "uploads")) } as const),
    rateLimit: {
      submitPerIp: raw.RATE_LIMIT_SUBMIT_PER_IP,
      submitPerContact: raw.RATE_LIMIT_SUBMIT_PER_CONTACT,
      windowSeconds: raw.RATE_LIMIT_WINDOW_SECONDS,
    },
    trackLimit: { missesPerIp: raw.RATE_LIMIT_TRACK_MISSES_PER_IP, windowSeconds: raw.RATE_LIMIT_TRACK_WINDOW_SECONDS },
    trustProxyHops: raw.TRUST_PROXY_HOPS,
    open311ApiKey: raw.OPEN311_API_KEY,
    map: { tileUrl: raw.MAP_TILE_URL, attribution: raw.MAP_TILE_ATTRIBUTION },
    publicBaseUrl: raw.PUBLIC_BASE_URL,
    /** Where links in mail point when there is no request to take the origin from. */
    siteUrl: raw.PUBLIC_BASE_URL ?? `http://localhost:${raw.PORT}`,
    mail: { smtpUrl: raw.SMTP_URL, from: raw.MAIL_FROM, replyTo: raw.MAIL_REPLY_TO },
    imap: raw.IMAP_URL
      ? { url: raw.IMAP_URL, folder: raw.IMAP_FOLDER, pollSeconds: raw.IMAP_POLL_SECONDS, authservId: raw.MAIL_AUTHSERV_ID }
      : undefined,
    whatsapp:
      raw.WHATSAPP_VERIFY_TOKEN && raw.WHATSAPP_APP_SECRET && raw.WHATSAPP_ACCESS_TOKEN && raw.WHATSAPP_PHONE_NUMBER_ID
        ? {
            verifyToken: raw.WHATSAPP_VERIFY_TOKEN,
            appSecret: raw.WHATSAPP_APP_SECRET,
            accessToken: raw.WHATSAPP_ACCESS_TOKEN,
            phoneNumberId: raw.WHATSAPP_PHONE_NUMBER_ID,
            apiUrl: raw.WHATSAPP_API_URL.replace(/\/+$/, ""),
            template: raw.WHATSAPP_TEMPLATE,
          }
        : undefined,
    jobs: raw.SIGAP_JOBS ?? true,
    monitor: { allowPrivate: raw.MONITOR_ALLOW_PRIVATE ?? false, concurrency: raw.MONITOR_CONCURRENCY, rollupSeconds: raw.MONITOR_ROLLUP_SECONDS },
    publicCache: {
      enabled: raw.SIGAP_PUBLIC_CACHE ?? true,
      memoryBytes: raw.PUBLIC_CACHE_MEMORY_MB * 1024 * 1024,
      countsStaleMs: raw.PUBLIC_CACHE_COUNTS_STALE_MS,
      versionReuseMs: raw.PUBLIC_CACHE_VERSION_REUSE_MS,
      maxEntriesPerRoute: raw.PUBLIC_CACHE_MAX_ENTRIES_PER_ROUTE,
      maxEntries: raw.PUBLIC_CACHE_MAX_ENTRIES,
      maxFirstRenders: raw.PUBLIC_CACHE_MAX_FIRST_RENDERS,
    },
  } as const;
}

export type Env = ReturnType<typeof loadEnv>;
export const env: Env = loadEnv();

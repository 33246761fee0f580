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
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  DATA_DIR: z.string().min(1).default(".data"),
  SIGAP_DEMO: bool,
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  TEST_DATABASE_URL: z.url().optional(),
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
    databasePoolSize: raw.DATABASE_POOL_SIZE,
    pgliteDir: path.resolve(raw.PGLITE_DIR),
    dataDir: path.resolve(raw.DATA_DIR),
    demo,
    authSecret,
    port: raw.PORT,
    testDatabaseUrl: raw.TEST_DATABASE_URL,
  } as const;
}

export type Env = ReturnType<typeof loadEnv>;
export const env: Env = loadEnv();

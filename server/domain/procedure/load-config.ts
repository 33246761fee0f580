import { eq } from "drizzle-orm";
import { holidays, settings } from "@/server/db/schema";
import type { Queryable } from "@/server/db/types";
import { DEFAULT_ALLOWANCES, type Allowance, type ProcedureConfig } from "./config";

export const DEADLINES_SETTING = "procedure.deadlines";

// A short read-through cache: configuration changes rarely, and every instance rereads it within a minute.
const TTL_MS = 60_000;
const cache = new WeakMap<object, { at: number; config: ProcedureConfig }>();

/** Defaults overridden by the `procedure.deadlines` setting; holidays from the holidays table. */
export async function loadProcedureConfig(db: Queryable): Promise<ProcedureConfig> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.config;
  const config = await readProcedureConfig(db);
  cache.set(db, { at: Date.now(), config });
  return config;
}

async function readProcedureConfig(db: Queryable): Promise<ProcedureConfig> {
  const [rows, [override]] = await Promise.all([
    db.select({ day: holidays.day }).from(holidays),
    db.select({ value: settings.value }).from(settings).where(eq(settings.key, DEADLINES_SETTING)),
  ]);
  const allowances = { ...DEFAULT_ALLOWANCES, ...((override?.value ?? {}) as Partial<Record<keyof typeof DEFAULT_ALLOWANCES, Allowance>>) };
  return { allowances, holidays: new Set(rows.map((r) => r.day)) };
}

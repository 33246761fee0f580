import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Db } from "../../server/db/types";
import { submitComplaint } from "../../server/domain/complaint/submit";
import { defaultConfig, makeDomainCtx } from "../../server/domain/context";
import { localStorage } from "../../server/storage/local";

const storage = localStorage(mkdtempSync(path.join(tmpdir(), "sigap-factory-")));

/** Files a complaint through the real intake verb, as the public form would. */
export async function createComplaint(db: Db, overrides: Record<string, unknown> = {}, now?: Date) {
  const ctx = makeDomainCtx({
    db,
    storage,
    now: now ? () => now : undefined,
    config: { ...defaultConfig(), rateLimit: { submitPerIp: 1e9, submitPerContact: 1e9, windowSeconds: 60 } },
  });
  return submitComplaint({
    ctx,
    input: {
      idempotencyKey: `t${randomUUID().replaceAll("-", "")}`,
      category: "system_down",
      occurredAt: (now ?? new Date()).toISOString(),
      description: "Server e-HAC tidak dapat diakses di Terminal 3, antrean panjang sekali.",
      contactName: "Andi Wijaya",
      contactEmail: "andi@example.com",
      ...overrides,
    },
  });
}

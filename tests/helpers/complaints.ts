import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Db } from "@/server/db/types";
import type { Channel } from "@/server/db/schema/constants";
import { eq } from "drizzle-orm";
import { complaints } from "@/server/db/schema";
import { submitComplaint } from "@/server/domain/complaint/submit";
import { clusterAllPending } from "@/server/domain/incident/cluster-pending";
import { defaultConfig, makeDomainCtx } from "@/server/domain/context";
import { localStorage } from "@/server/storage/local";

const storage = localStorage(mkdtempSync(path.join(tmpdir(), "sigap-factory-")));

/**
 * Files a complaint through the real intake verb, as the public form would, then lets the clustering job
 * place it, as the worker does a moment later in the app; `incidentId` is where it ended up.
 */
export async function createComplaint(db: Db, overrides: Record<string, unknown> = {}, now?: Date) {
  const filed = await fileComplaint(db, overrides, now);
  await clusterAllPending({ ctx: makeDomainCtx({ db }) });
  const [row] = await db.select({ incidentId: complaints.incidentId }).from(complaints).where(eq(complaints.id, filed.complaintId));
  return { ...filed, incidentId: row?.incidentId ?? null };
}

/** Intake alone: the complaint stays waiting for the clustering job. `channel` web unless said (email: text only). */
export async function fileComplaint(db: Db, overrides: Record<string, unknown> = {}, now?: Date, channel: Channel = "web") {
  const ctx = makeDomainCtx({
    db,
    storage,
    now: now ? () => now : undefined,
    config: { ...defaultConfig(), rateLimit: { submitPerIp: 1e9, submitPerContact: 1e9, windowSeconds: 60 } },
  });
  return submitComplaint({
    ctx,
    channel,
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

import { inArray, sql } from "drizzle-orm";
import { selectRows } from "@/server/db/rows";
import { storedObjects } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";

/** Long enough for any request that stored bytes to have committed or failed. */
export const ORPHAN_GRACE_MINUTES = 60;
const BATCH = 500;

/**
 * Deletes stored bytes that no attachment row took within the grace period (a request that failed, or lost
 * an idempotency race, after storing them), and forgets the journal entries of bytes a row did take.
 */
export async function sweepOrphanedObjects({ ctx, graceMinutes = ORPHAN_GRACE_MINUTES }: { ctx: DomainCtx; graceMinutes?: number }) {
  const cutoff = new Date(ctx.now().getTime() - graceMinutes * 60_000);
  let deleted = 0;
  let kept = 0;
  for (;;) {
    const rows = await selectRows<{ storage_key: string; referenced: boolean }>(
      ctx.db,
      sql`select o.storage_key, exists (select 1 from attachments a where a.storage_key = o.storage_key) as referenced
          from stored_objects o where o.stored_at < ${cutoff.toISOString()}::timestamptz
          order by o.stored_at limit ${BATCH}`,
    );
    if (rows.length === 0) break;
    const orphans = rows.filter((r) => !r.referenced).map((r) => r.storage_key);
    await Promise.all(orphans.map((key) => ctx.storage.delete(key)));
    await ctx.db.delete(storedObjects).where(
      inArray(
        storedObjects.storageKey,
        rows.map((r) => r.storage_key),
      ),
    );
    deleted += orphans.length;
    kept += rows.length - orphans.length;
    if (rows.length < BATCH) break;
  }
  return { deleted, kept };
}

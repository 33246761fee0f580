import { and, eq, gt, lt, sql } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { publicCacheEntries, publicCountChanges } from "@/server/db/schema";
import type { Db } from "@/server/db";

/** A rendered public response as the cache keeps it: both plain and gzipped, with the tag counters it was rendered under. */
export type CachedResponse = {
  key: string;
  /** The kind of page (policy.ts), whose entries are capped together. */
  route: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer;
  etag: string;
  versions: Record<string, number>;
  renderedAt: Date;
  expiresAt: Date;
};

export type EntryLimits = { perRoute: number; total: number };

/**
 * Entries live in PostgreSQL, shared by every instance; each instance also keeps the hottest in memory (bounded),
 * so a page viewed a thousand times a second is read from the database once per change, not per view. The
 * shared table is bounded too: per kind of page and in all, the oldest renders go when a new one comes.
 */
export function entryStore(db: Db, memoryBytes: number, limits: EntryLimits) {
  const memory = new LRUCache<string, CachedResponse>({ maxSize: memoryBytes, sizeCalculation: (e) => e.body.length + e.gzip.length + 1024 });
  const reading = new Map<string, Promise<CachedResponse | undefined>>();
  return {
    memory: (key: string) => memory.get(key),
    /**
     * The shared copy, if another instance rendered one after `newerThan` (this instance's own copy): otherwise no
     * body crosses the wire. Views of one page arriving together share one read.
     */
    shared(key: string, newerThan?: Date): Promise<CachedResponse | undefined> {
      let pending = reading.get(key);
      if (pending) return pending;
      pending = (async () => {
        const [row] = await db
          .select()
          .from(publicCacheEntries)
          .where(newerThan ? and(eq(publicCacheEntries.key, key), gt(publicCacheEntries.renderedAt, newerThan)) : eq(publicCacheEntries.key, key));
        if (row) memory.set(key, row);
        return row;
      })().finally(() => reading.delete(key));
      reading.set(key, pending);
      return pending;
    },
    async put(entry: CachedResponse): Promise<void> {
      memory.set(entry.key, entry);
      const { key: _key, ...rest } = entry;
      await db.insert(publicCacheEntries).values(entry).onConflictDoUpdate({ target: publicCacheEntries.key, set: rest });
      // Renders are rare (once per change of a page), so trimming here costs little; both walks use an index.
      await db.execute(sql`delete from ${publicCacheEntries} where ${publicCacheEntries.key} in (
        select ${publicCacheEntries.key} from ${publicCacheEntries} where ${publicCacheEntries.route} = ${entry.route}
        order by ${publicCacheEntries.renderedAt} desc offset ${limits.perRoute})`);
      await db.execute(sql`delete from ${publicCacheEntries} where ${publicCacheEntries.key} in (
        select ${publicCacheEntries.key} from ${publicCacheEntries} order by ${publicCacheEntries.renderedAt} desc offset ${limits.total})`);
    },
  };
}
export type EntryStore = ReturnType<typeof entryStore>;

/** The hourly sweep: drops shared entries that expired more than an hour ago, and every count change but the last (its id is the version). */
export async function sweepPublicCache(db: Db, now: Date): Promise<{ expiredEntries: number }> {
  const gone = await db
    .delete(publicCacheEntries)
    .where(lt(publicCacheEntries.expiresAt, sql`${now.toISOString()}::timestamptz - interval '1 hour'`))
    .returning({ key: publicCacheEntries.key });
  await db.delete(publicCountChanges).where(lt(publicCountChanges.id, sql`(select max(${publicCountChanges.id}) from ${publicCountChanges})`));
  return { expiredEntries: gone.length };
}

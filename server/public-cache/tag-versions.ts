import { max } from "drizzle-orm";
import { publicCacheTags, publicCountChanges } from "../db/schema";
import type { Db } from "../db";

export type TagVersions = Readonly<Record<string, number>>;

/**
 * The current tag counters, read so that a change committed before a request arrived is always seen by that
 * request (a page changes as soon as it is viewed again, not after a polling period). Requests arriving while
 * a read is under way share the next read: under load that is one small query per round trip, not per request.
 */
export function tagVersionReader(db: Db): () => Promise<TagVersions> {
  let running: Promise<TagVersions> | null = null;
  let queued: Promise<TagVersions> | null = null;
  const query = async (): Promise<TagVersions> => {
    const [rows, [counts]] = await Promise.all([db.select().from(publicCacheTags), db.select({ version: max(publicCountChanges.id) }).from(publicCountChanges)]);
    return { ...Object.fromEntries(rows.map((r) => [r.tag, Number(r.version)])), counts: Number(counts?.version ?? 0) };
  };
  const start = (): Promise<TagVersions> => {
    const current = query().finally(() => {
      if (running === current) running = null;
    });
    running = current;
    return current;
  };
  return () => {
    if (!running) return start();
    // A read under way may have started before this request's moment: wait for the one after it.
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return start();
      });
    return queued;
  };
}

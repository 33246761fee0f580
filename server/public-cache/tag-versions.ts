import { sql } from "drizzle-orm";
import type { Db } from "@/server/db";
import { selectRows } from "@/server/db/rows";

export type TagVersions = Readonly<Record<string, number>>;

export type VersionReuse = {
  /** A read that started this recently answers a view without asking the database again. */
  reuseMs: number;
  /** A read younger than this answers a view at once while the next read runs (the view never waits on the database). */
  answerWhileReadingMs: number;
};

/**
 * As the app runs (PUBLIC_CACHE_VERSION_REUSE_MS, 250 by default): views share a version read for `reuseMs`, and
 * while the next read runs they are answered with the last one if it is under eight times that old (2 s), so a
 * view never queues behind the database; a change shows a read later at worst. 0: every view reads the versions.
 */
export function versionReuse(reuseMs: number): VersionReuse {
  return { reuseMs, answerWhileReadingMs: 8 * reuseMs };
}

/**
 * The current tag counters. With no reuse (the default), a view sees every change committed before it arrived,
 * and views arriving while a read is under way share the next one. With reuse, under load the versions cost one
 * small query per instance per `reuseMs` instead of one per view (at 600 views/s the per-view query was the
 * largest part of a cached answer's cost), and a view waits on the database only when no read has answered for
 * `answerWhileReadingMs`: a change shows at most one read later.
 */
export function tagVersionReader(db: Db, reuse: VersionReuse = versionReuse(0), now: () => number = Date.now): () => Promise<TagVersions> {
  let running: Promise<TagVersions> | null = null;
  let queued: Promise<TagVersions> | null = null;
  let last: { startedAt: number; versions: TagVersions } | null = null;
  const query = async (): Promise<TagVersions> => {
    // One round trip: the kinds' counters, and the newest count change (appended per report, so not one hot row).
    const rows = await selectRows<{ tag: string; version: string | number | null }>(
      db,
      sql`select tag, version from public_cache_tags union all select 'counts', max(id) from public_count_changes`,
    );
    return Object.fromEntries(rows.map((r) => [r.tag, Number(r.version ?? 0)]));
  };
  const start = (): Promise<TagVersions> => {
    const startedAt = now();
    const current = query()
      .then((versions) => {
        if (!last || startedAt >= last.startedAt) last = { startedAt, versions };
        return versions;
      })
      .finally(() => {
        if (running === current) running = null;
      });
    running = current;
    return current;
  };
  return () => {
    const age = last ? now() - last.startedAt : Infinity;
    if (last && age < reuse.reuseMs) return Promise.resolve(last.versions);
    if (last && age < reuse.answerWhileReadingMs) {
      if (!running) start().catch(() => undefined);
      return Promise.resolve(last.versions);
    }
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

import type { Db } from "../db/types";
import type { Locale, Role } from "../db/schema/constants";

/** The signed-in person acting, as read from the database on this request (never from the client). */
export type Actor = {
  userId: string;
  role: Role;
  /** Set for agency responders only: every query they make is filtered by it. */
  agencyId: string | null;
  name: string;
};

export type DomainCtx = {
  db: Db;
  actor: Actor | null;
  locale: Locale;
  /** Injected so that deadline logic and tests can fix the clock. */
  now: () => Date;
};

export function makeDomainCtx(parts: { db: Db; actor?: Actor | null; locale?: Locale; now?: () => Date }): DomainCtx {
  return { db: parts.db, actor: parts.actor ?? null, locale: parts.locale ?? "id", now: parts.now ?? (() => new Date()) };
}

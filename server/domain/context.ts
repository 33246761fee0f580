import type { Db } from "@/server/db/types";
import type { Locale, Role } from "@/server/db/schema/constants";
import { env } from "@/server/env";
import { getStorage, type BlobStorage } from "@/server/storage";

/** The signed-in person acting, as read from the database on this request (never from the client). */
export type Actor = {
  userId: string;
  role: Role;
  /** Set for agency responders only: every query they make is filtered by it. */
  agencyId: string | null;
  name: string;
  /**
   * Set while the account must be put in order before any work: an admin-issued password to replace, or a
   * second factor its role requires and it has not enrolled. Only the account's own settings are open then.
   */
  restriction?: "password_change" | "two_factor_enrolment";
};

/** Tunables the domain reads; defaults come from the environment, tests override them. */
export type DomainConfig = {
  rateLimit: { submitPerIp: number; submitPerContact: number; windowSeconds: number };
  /** Lookups by tracking code that find nothing, per client address and window: the guessing limit. */
  trackLimit: { missesPerIp: number; windowSeconds: number };
  open311ApiKey: string | undefined;
  /** WhatsApp Cloud API configured: only then can a code or notice reach a reporter known by number alone. */
  whatsappOn: boolean;
  /** Service monitors may point at private and loopback addresses (tests against a local server only). */
  monitorAllowPrivate: boolean;
};

export type DomainCtx = {
  db: Db;
  /**
   * For public reads only (the board, incident and report pages, statistics, scorecards, open data, feeds, Open311
   * GETs): a streaming replica when one is configured, else `db`. Anything that writes, and everything staff see,
   * uses `db`.
   */
  readDb: Db;
  actor: Actor | null;
  locale: Locale;
  /** Injected so that deadline logic and tests can fix the clock. */
  now: () => Date;
  storage: BlobStorage;
  /** The client's address as the transport determined it; null when unknown (server caller, jobs). */
  clientIp: string | null;
  config: DomainConfig;
};

export function defaultConfig(): DomainConfig {
  return {
    rateLimit: { ...env.rateLimit },
    trackLimit: { ...env.trackLimit },
    open311ApiKey: env.open311ApiKey,
    whatsappOn: env.whatsapp !== undefined,
    monitorAllowPrivate: env.monitor.allowPrivate,
  };
}

export function makeDomainCtx(parts: Partial<DomainCtx> & { db: Db }): DomainCtx {
  return {
    db: parts.db,
    readDb: parts.readDb ?? parts.db,
    actor: parts.actor ?? null,
    locale: parts.locale ?? "id",
    now: parts.now ?? (() => new Date()),
    storage: parts.storage ?? getStorage(),
    clientIp: parts.clientIp ?? null,
    config: parts.config ?? defaultConfig(),
  };
}

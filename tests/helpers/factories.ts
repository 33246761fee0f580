import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { appRouter } from "@/server/api/root";
import { createCallerFactory } from "@/server/api/trpc";
import { agencies, evaluationReports, users } from "@/server/db/schema";
import type { Role } from "@/server/db/schema/constants";
import type { Db } from "@/server/db/types";
import { hashPassword } from "@/server/domain/auth/password";
import { defaultConfig, makeDomainCtx, type Actor, type DomainConfig } from "@/server/domain/context";

const unique = () => randomBytes(4).toString("hex");

export async function createAgency(db: Db, overrides: Partial<typeof agencies.$inferInsert> = {}) {
  const suffix = unique();
  const [agency] = await db
    .insert(agencies)
    .values({ slug: `agency-${suffix}`, nameId: `Instansi ${suffix}`, nameEn: `Agency ${suffix}`, kind: "ministry", ...overrides })
    .returning();
  return agency!;
}

// Hashing is deliberately slow; tests share one hash of a known password.
export const TEST_PASSWORD = "correct horse battery staple";
let testHash: Promise<string> | undefined;

export async function createUser(db: Db, role: Role, overrides: Partial<typeof users.$inferInsert> = {}): Promise<typeof users.$inferSelect> {
  testHash ??= hashPassword(TEST_PASSWORD);
  const agencyId = role === "agency_responder" ? (overrides.agencyId ?? (await createAgency(db)).id) : null;
  const [user] = await db
    .insert(users)
    .values({ email: `${role}-${unique()}@test.example`, name: `Test ${role}`, passwordHash: await testHash, role, agencyId, ...overrides })
    .returning();
  return user!;
}

export function actorOf(user: typeof users.$inferSelect): Actor {
  return { userId: user.id, role: user.role, agencyId: user.agencyId, name: user.name };
}

const callerFactory = createCallerFactory(appRouter);

/** A tRPC caller acting as `actor` (null: anonymous), the way a request would reach the router; `config` overrides tunables. */
export function callerFor(db: Db, actor: Actor | null, locale: "id" | "en" = "id", config?: Partial<DomainConfig>) {
  return callerFactory(makeDomainCtx({ db, actor, locale, ...(config ? { config: { ...defaultConfig(), ...config } } : {}) }));
}

/** Signs up a fresh account of `role` and returns a caller acting as it. */
export async function callerAs(db: Db, role: Role, locale: "id" | "en" = "id") {
  const user = await createUser(db, role);
  return { user, caller: callerFor(db, actorOf(user), locale) };
}

/** The claims a fresh session cookie of this user carries (see auth/load-actor). */
export function sessionOf(user: { id: string; sessionVersion: number }, sessionId = `s-${unique()}`, signedInAt = Math.floor(Date.now() / 1000)) {
  return { userId: user.id, sessionVersion: user.sessionVersion, sessionId, signedInAt };
}

/** The version an approving admin reads before publishing (report.publish's expectedVersion). */
export async function reportVersion(db: Db, reportId: string): Promise<number> {
  const [row] = await db.select({ version: evaluationReports.version }).from(evaluationReports).where(eq(evaluationReports.id, reportId));
  return row!.version;
}

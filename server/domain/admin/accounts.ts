import { randomBytes } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { agencies, users } from "../../db/schema";
import { requireRole } from "../access";
import { writeAudit } from "../audit";
import { hashPassword } from "../auth/password";
import type { DomainCtx } from "../context";
import { DomainError, notFound, uniqueOr } from "../errors";
import { accountRefInput, createAccountInput, setAccountActiveInput } from "./schemas";

/** How long an admin-issued password works; its holder must replace it at first sign-in anyway. */
export const TEMPORARY_PASSWORD_HOURS = 72;

/** A one-time password the admin hands over; only its argon2id hash is stored, never the text. */
async function temporaryPassword(ctx: DomainCtx) {
  const password = randomBytes(12).toString("base64url");
  return {
    password,
    columns: {
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
      passwordExpiresAt: new Date(ctx.now().getTime() + TEMPORARY_PASSWORD_HOURS * 3600_000),
    },
  };
}

/** Invites a staff member or an agency responder (bound to one agency). Answers the temporary password once. */
export async function createAccount({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, ["admin"]);
  const data = createAccountInput.parse(input);
  const { password, columns } = await temporaryPassword(ctx);
  return uniqueOr("email", () =>
    ctx.db.transaction(async (tx) => {
      if (data.agencyId) {
        const [agency] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, data.agencyId));
        if (!agency) throw new DomainError("VALIDATION", "unknown agency", { agencyId: ["errors.agency"] });
      }
      const [row] = await tx
        .insert(users)
        .values({ email: data.email, name: data.name, role: data.role, agencyId: data.agencyId ?? null, locale: data.locale, ...columns })
        .returning({ id: users.id });
      await writeAudit(tx, actor, {
        action: "user.create",
        entityType: "user",
        entityId: row!.id,
        after: { email: data.email, name: data.name, role: data.role, agencyId: data.agencyId ?? null },
      });
      return { userId: row!.id, temporaryPassword: password };
    }),
  );
}

export async function resetAccountPassword({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, ["admin"]);
  const { userId } = accountRefInput.parse(input);
  const { password, columns } = await temporaryPassword(ctx);
  // The new hash moves the session version (trigger): every session of the account ends now.
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.update(users).set(columns).where(eq(users.id, userId)).returning({ id: users.id });
    if (!row) throw notFound("user");
    await writeAudit(tx, actor, { action: "user.reset_password", entityType: "user", entityId: userId });
    return { temporaryPassword: password };
  });
}

/** Deactivating takes effect on the next request: sessions are re-checked against this flag every time. */
export async function setAccountActive({ ctx, input }: { ctx: DomainCtx; input: unknown }) {
  const actor = requireRole(ctx, ["admin"]);
  const { userId, active } = setAccountActiveInput.parse(input);
  if (userId === actor.userId && !active) throw new DomainError("VALIDATION", "cannot deactivate yourself", { userId: ["errors.selfDeactivate"] });
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select({ active: users.active }).from(users).where(eq(users.id, userId)).for("update");
    if (!before) throw notFound("user");
    await tx.update(users).set({ active }).where(eq(users.id, userId));
    await writeAudit(tx, actor, { action: active ? "user.activate" : "user.deactivate", entityType: "user", entityId: userId, before, after: { active } });
    return { active };
  });
}

export async function listAccounts({ ctx }: { ctx: DomainCtx }) {
  requireRole(ctx, ["admin"]);
  return ctx.db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active, agencyName: agencies.nameId, lastSignInAt: users.lastSignInAt })
    .from(users)
    .leftJoin(agencies, eq(agencies.id, users.agencyId))
    .orderBy(asc(users.role), asc(users.name));
}

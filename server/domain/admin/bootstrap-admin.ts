import type { z } from "zod";
import { and, count, eq } from "drizzle-orm";
import { users } from "@/server/db/schema";
import { writeAudit } from "@/server/domain/audit";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, uniqueOr } from "@/server/domain/errors";
import { newAdminInput } from "./schemas";
import { temporaryPassword } from "./temporary-password";
import { oneRow } from "@/server/db/one-row";

/** With this many active admins, a new one is asked for and approved in the app (request-change.ts). */
const BOOTSTRAP_UNTIL_ADMINS = 2;

/**
 * An installation's first admins, from the server's shell (`npm run admin:create`), whose holder is trusted with
 * the database anyway: while fewer than two admins are active no second admin exists to approve a request, so
 * this is how a single-admin installation gets its second. From two on it refuses, and the app's requests apply.
 */
export async function bootstrapAdmin({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof newAdminInput> }) {
  const data = newAdminInput.parse(input);
  const { password, columns } = await temporaryPassword(ctx);
  return uniqueOr("email", () =>
    ctx.db.transaction(async (tx) => {
      const [admins] = await tx
        .select({ n: count() })
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.active, true)));
      if ((admins?.n ?? 0) >= BOOTSTRAP_UNTIL_ADMINS)
        throw new DomainError("FORBIDDEN", "this installation has two admins: ask for a new one on /admin, another admin approves");
      const row = oneRow(
        await tx
          .insert(users)
          .values({ email: data.email, name: data.name, role: "admin", locale: data.locale, ...columns })
          .returning({ id: users.id }),
      );
      await writeAudit(tx, null, { action: "user.bootstrap_admin", entityType: "user", entityId: row.id, after: { role: "admin", via: "cli" } });
      return { userId: row.id, temporaryPassword: password };
    }),
  );
}

import { eq } from "drizzle-orm";
import { type z } from "zod";
import { complaints } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { tokenInput } from "./schemas";

/** The report a submission's token (its idempotency key) made: the spec's way to learn the id of a queued request. */
export async function findRequestByToken({
  ctx,
  input,
}: {
  ctx: DomainCtx;
  input: z.input<typeof tokenInput>;
}): Promise<{ id: string; token: string }> {
  const { token } = tokenInput.parse(input);
  const [row] = await ctx.db.select({ id: complaints.id }).from(complaints).where(eq(complaints.idempotencyKey, token));
  if (!row) throw notFound(`token ${token}`);
  return { id: row.id, token };
}

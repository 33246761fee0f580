import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { services } from "../../db/schema";
import type { DomainCtx } from "../context";
import { notFound } from "../errors";

const getInput = z.object({ code: z.string() });

/** An active service by its code; the spec's service definition is built from it. */
export async function getOpen311Service({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof getInput> }): Promise<{ code: string }> {
  const { code } = getInput.parse(input);
  const [service] = await ctx.db.select({ code: services.code }).from(services).where(and(eq(services.code, code), eq(services.active, true)));
  if (!service) throw notFound(`service_code ${code}`);
  return service;
}

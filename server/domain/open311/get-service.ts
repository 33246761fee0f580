import { and, eq } from "drizzle-orm";
import { type z } from "zod";
import { services } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { serviceCodeInput } from "./schemas";

/** An active service by its code; the spec's service definition is built from it. */
export async function getOpen311Service({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof serviceCodeInput> }): Promise<{ code: string }> {
  const { code } = serviceCodeInput.parse(input);
  const [service] = await ctx.readDb
    .select({ code: services.code })
    .from(services)
    .where(and(eq(services.code, code), eq(services.active, true)));
  if (!service) throw notFound(`service_code ${code}`);
  return service;
}

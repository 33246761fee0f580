import { asc, eq } from "drizzle-orm";
import { type z } from "zod";
import { agencies, services } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";
import { serviceListInput } from "./schemas";

export type Open311ServiceRow = { code: string; name: string; description: string; agencyName: string; keywords: string[]; group: string };

/** The active services, in the asker's language, each with the agency that runs it. */
export async function listOpen311Services({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof serviceListInput> }): Promise<Open311ServiceRow[]> {
  const { locale } = serviceListInput.parse(input);
  const en = locale === "en";
  const rows = await ctx.readDb
    .select({ s: services, agencyName: en ? agencies.nameEn : agencies.nameId })
    .from(services)
    .innerJoin(agencies, eq(agencies.id, services.agencyId))
    .where(eq(services.active, true))
    .orderBy(asc(services.code));
  return rows.map(({ s, agencyName }) => ({
    code: s.code,
    name: en ? s.nameEn : s.nameId,
    description: en ? s.descriptionEn : s.descriptionId,
    agencyName,
    keywords: s.keywords.split(/\s+/).filter(Boolean),
    group: s.group,
  }));
}

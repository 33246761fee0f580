import { eq } from "drizzle-orm";
import { z } from "zod";
import { complaints } from "../../db/schema";
import { LOCALES } from "../../db/schema/constants";
import type { DomainCtx } from "../context";
import { notFound } from "../errors";
import { selectPublicRequests, toPublicRequest, type PublicRequest } from "./public-request";

const getInput = z.object({ locale: z.enum(LOCALES), id: z.string() });

/** One report by its id, as anyone may see it. */
export async function getOpen311Request({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof getInput> }): Promise<PublicRequest> {
  const { locale, id } = getInput.parse(input);
  const [row] = z.uuid().safeParse(id).success ? await selectPublicRequests(ctx, locale).where(eq(complaints.id, id)) : [];
  if (!row) throw notFound(`request ${id}`);
  return toPublicRequest(row);
}

import { eq } from "drizzle-orm";
import { type z } from "zod";
import { complaints } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";
import { notFound } from "@/server/domain/errors";
import { type PublicRequest, selectPublicRequests, toPublicRequest } from "./public-request";
import { isRequestId, requestIdInput } from "./schemas";

/** One report by its id, as anyone may see it. */
export async function getOpen311Request({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof requestIdInput> }): Promise<PublicRequest> {
  const { locale, id } = requestIdInput.parse(input);
  const [row] = isRequestId(id) ? await selectPublicRequests(ctx, locale).where(eq(complaints.id, id)) : [];
  if (!row) throw notFound(`request ${id}`);
  return toPublicRequest(row);
}

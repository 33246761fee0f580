import { timingSafeEqual } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { type z } from "zod";
import { places, services } from "@/server/db/schema";
import type { DomainCtx } from "@/server/domain/context";
import { DomainError, forbidden } from "@/server/domain/errors";
import { submitComplaint, type SubmitResult } from "@/server/domain/complaint/submit";
import { open311SubmitInput } from "./schemas";

function checkApiKey(ctx: DomainCtx, supplied: string | undefined) {
  const expected = ctx.config.open311ApiKey;
  if (!expected) return;
  const a = Buffer.from(supplied ?? "");
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw forbidden("api_key is missing or invalid");
}

/** Files a complaint sent by another app, through the same verb as the web form. */
export async function submitOpen311Request({ ctx, input }: { ctx: DomainCtx; input: z.input<typeof open311SubmitInput> }): Promise<SubmitResult> {
  const q = open311SubmitInput.parse(input);
  checkApiKey(ctx, q.apiKey);
  if (!q.serviceCode) throw new DomainError("VALIDATION", "service_code is required", { serviceId: ["errors.service"] });
  const [service] = await ctx.db
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.code, q.serviceCode), eq(services.active, true)));
  if (!service) throw new DomainError("NOT_FOUND", `service_code ${q.serviceCode} not found`);
  const pinned = Boolean(q.lat && q.lng);
  if (!pinned && !q.addressText && !q.addressId)
    throw new DomainError("VALIDATION", "a location is required", { placeId: ["errors.locationRequired"] });
  let placeId: string | undefined;
  if (q.addressId) {
    const [place] = await ctx.db.select({ id: places.id }).from(places).where(eq(places.slug, q.addressId));
    if (!place) throw new DomainError("VALIDATION", `address_id ${q.addressId} is unknown`, { placeId: ["errors.place"] });
    placeId = place.id;
  }
  return submitComplaint({
    ctx,
    channel: "open311",
    sent: q.sent,
    input: {
      idempotencyKey: q.idempotencyKey,
      category: q.category,
      serviceId: service.id,
      placeId,
      addressText: q.addressText,
      lat: pinned ? q.lat : undefined,
      lng: pinned ? q.lng : undefined,
      occurredAt: q.occurredAt ?? ctx.now().toISOString(),
      description: q.description,
      language: q.locale,
      contactName: q.contactName,
      contactEmail: q.contactEmail,
      contactPhone: q.contactPhone,
      confidential: q.confidential,
    },
  });
}

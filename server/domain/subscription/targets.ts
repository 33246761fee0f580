import { and, eq } from "drizzle-orm";
import { agencies, incidents, services } from "@/server/db/schema";
import type { SubscriptionTarget } from "@/server/db/schema/constants";
import type { Queryable } from "@/server/db/types";

/** The public target behind a code or slug, with the name a follower reads; null when there is none to follow. */
export async function resolveTarget(db: Queryable, type: SubscriptionTarget, key: string): Promise<{ id: string; name: string } | null> {
  if (type === "incident") {
    const [row] = await db
      .select({ id: incidents.id, name: incidents.titleId })
      .from(incidents)
      .where(and(eq(incidents.code, key.toUpperCase()), eq(incidents.isPublic, true)));
    return row ?? null;
  }
  if (type === "agency") {
    const [row] = await db
      .select({ id: agencies.id, name: agencies.nameId })
      .from(agencies)
      .where(and(eq(agencies.slug, key), eq(agencies.active, true)));
    return row ?? null;
  }
  const [row] = await db
    .select({ id: services.id, name: services.nameId })
    .from(services)
    .where(and(eq(services.code, key), eq(services.active, true)));
  return row ?? null;
}

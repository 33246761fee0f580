import { eq } from "drizzle-orm";
import { incidents } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import { DomainError, notFound } from "@/server/domain/errors";

/** Locks an incident row for the transaction and checks the version the person saw. */
export async function lockIncident(tx: Tx, incidentId: string, expectedVersion?: number) {
  const [incident] = await tx.select().from(incidents).where(eq(incidents.id, incidentId)).for("update");
  if (!incident) throw notFound("incident");
  if (expectedVersion !== undefined && incident.version !== expectedVersion) {
    throw new DomainError("CONFLICT", "incident changed meanwhile", { _form: ["errors.changedMeanwhile"] });
  }
  return incident;
}

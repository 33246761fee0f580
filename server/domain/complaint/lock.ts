import { eq, inArray } from "drizzle-orm";
import { complaints } from "@/server/db/schema";
import type { Tx } from "@/server/db/types";
import { DomainError, notFound } from "@/server/domain/errors";

export async function lockComplaint(tx: Tx, complaintId: string) {
  const [row] = await tx.select().from(complaints).where(eq(complaints.id, complaintId)).for("update");
  if (!row) throw notFound("complaint");
  return row;
}

/** Locks complaints for a change, in id order (two bulk changes never deadlock); any unknown id is NOT_FOUND. */
export async function lockComplaints(tx: Tx, ids: string[]) {
  const rows = await tx.select().from(complaints).where(inArray(complaints.id, ids)).orderBy(complaints.id).for("update");
  if (rows.length !== new Set(ids).size) throw new DomainError("NOT_FOUND", "complaint not found");
  return rows;
}

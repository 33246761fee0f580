import { eq } from "drizzle-orm";
import { complaints } from "../../db/schema";
import type { Tx } from "../../db/types";
import { notFound } from "../errors";

export async function lockComplaint(tx: Tx, complaintId: string) {
  const [row] = await tx.select().from(complaints).where(eq(complaints.id, complaintId)).for("update");
  if (!row) throw notFound("complaint");
  return row;
}

import type { Tx } from "@/server/db/types";
import type { ProcedureConfig } from "@/server/domain/procedure/config";
import { recordStageChange } from "@/server/domain/procedure/record-stage";

/**
 * The reporter answered the Ombudsman's request for more information (from the tracking page, by mail or by
 * WhatsApp): the case goes back to formal verification, which restarts the Ombudsman's clock.
 */
export async function recordInformationAnswered(tx: Tx, complaintId: string, at: Date, procedure: ProcedureConfig): Promise<void> {
  await recordStageChange(
    tx,
    {
      complaintId,
      from: "awaiting_reporter",
      to: "formal_verification",
      outcome: null,
      reason: "reporter added information",
      publicNote: null,
      actorId: null,
      at,
    },
    procedure,
  );
}

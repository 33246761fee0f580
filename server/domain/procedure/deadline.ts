import type { ComplaintStage } from "@/server/db/schema/constants";
import { addCalendarDays, addWorkingDays } from "./calendar";
import { PAUSING_STAGES, type ProcedureConfig } from "./config";

export type StageEntry = { toStage: ComplaintStage; at: Date };

/**
 * The next legal deadline, derived from the stage history alone. The current stage's allowance runs from
 * when the case entered it; time spent in a pausing stage (waiting on the reporter) in between is added
 * back, so the clock resumes where it stopped. Closed cases have no deadline.
 */
export function computeDueAt(history: StageEntry[], config: ProcedureConfig): Date | null {
  const sorted = [...history].sort((a, b) => a.at.getTime() - b.at.getTime());
  const current = sorted.at(-1);
  if (!current) return null;
  if (current.toStage === "closed") return null;
  const allowance = config.allowances[current.toStage];
  const add = (from: Date) =>
    allowance.unit === "working_days" ? addWorkingDays(from, allowance.amount, config.holidays) : addCalendarDays(from, allowance.amount);

  if (PAUSING_STAGES.includes(current.toStage)) return add(current.at);

  // Walk back over this stage's episode: entries of the same stage, interrupted only by pauses.
  let start = current.at;
  let paused = 0;
  for (let i = sorted.length - 2; i >= 0; i--) {
    const [entry, next] = [sorted[i], sorted[i + 1]] as [StageEntry, StageEntry]; // both within the array: i + 1 ≤ length - 1
    if (PAUSING_STAGES.includes(entry.toStage)) {
      paused += next.at.getTime() - entry.at.getTime();
      continue;
    }
    if (entry.toStage !== current.toStage) break;
    start = entry.at;
  }
  return new Date(add(start).getTime() + paused);
}

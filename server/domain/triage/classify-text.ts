import { STAFF_ROLES } from "@/server/db/schema/constants";
import { requireRole } from "@/server/domain/access";
import type { DomainCtx } from "@/server/domain/context";
import { currentTriage } from "./current-model";
import { classifyTextInput, type ClassifyTextInput } from "./schemas";
import { NO_SUGGESTIONS, suggest, type Suggestions } from "./suggest";

/** Below this many letters there is nothing to classify yet. */
const MIN_LETTERS = 8;

/** Suggestions for what staff are typing (a call, a letter, a visit), refreshed as they type. */
export async function classifyText({ ctx, input }: { ctx: DomainCtx; input: ClassifyTextInput }): Promise<Suggestions> {
  requireRole(ctx, STAFF_ROLES);
  const { text } = classifyTextInput.parse(input);
  if ((text.match(/\p{L}/gu) ?? []).length < MIN_LETTERS) return NO_SUGGESTIONS;
  const loaded = await currentTriage(ctx.db);
  return loaded ? suggest(loaded, text) : NO_SUGGESTIONS;
}

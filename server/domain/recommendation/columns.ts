import { agencies, recommendations } from "@/server/db/schema";

/** What every list shows of a recommendation (joined with the agency it is addressed to). */
export const recommendationColumns = {
  id: recommendations.id,
  ordinal: recommendations.ordinal,
  body: recommendations.body,
  dueAt: recommendations.dueAt,
  status: recommendations.status,
  agencyName: agencies.nameId,
};

import { incidentUpdates } from "@/server/db/schema";

/** What the public sees of an incident update: never who on the staff wrote it. */
export const publicUpdateColumns = {
  status: incidentUpdates.status,
  body: incidentUpdates.body,
  language: incidentUpdates.language,
  bodyEn: incidentUpdates.bodyEn,
  byAgency: incidentUpdates.agencyId,
  at: incidentUpdates.createdAt,
};

type PublicUpdateRow = { status: string; body: string; language: string; bodyEn: string | null; byAgency: string | null; at: Date };

/** A selected update as the public reads it: whether an agency posted it, not which account did. */
export function publicUpdate(u: PublicUpdateRow) {
  return { status: u.status, body: u.body, language: u.language, bodyEn: u.bodyEn, byAgency: u.byAgency !== null, at: u.at };
}

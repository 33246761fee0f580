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

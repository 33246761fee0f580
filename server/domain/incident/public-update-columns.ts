import { incidentUpdates } from "@/server/db/schema";
import type { Locale } from "@/server/db/schema/constants";

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

/** The text of an update as written: an English text is kept only beside an Indonesian one (what the English pages and mails show). */
export function updateText(d: { body: string; language: Locale; bodyEn?: string | undefined }): {
  body: string;
  language: Locale;
  bodyEn: string | null;
} {
  return { body: d.body, language: d.language, bodyEn: d.language === "id" ? (d.bodyEn ?? null) : null };
}

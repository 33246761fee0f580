import { sql } from "drizzle-orm";
import { check, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { complaints } from "./complaints";
import { incidents } from "./incidents";
import { users } from "./users";

/** Staff-only notes on a complaint or an incident; never shown to reporters or agencies. */
export const internalNotes = pgTable(
  "internal_notes",
  {
    id: uuid().primaryKey().defaultRandom(),
    complaintId: uuid().references(() => complaints.id, { onDelete: "cascade" }),
    incidentId: uuid().references(() => incidents.id, { onDelete: "cascade" }),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("internal_notes_complaint_id_created_at_idx").on(t.complaintId, t.createdAt),
    index("internal_notes_incident_id_created_at_idx").on(t.incidentId, t.createdAt),
    check("internal_notes_subject_check", sql`num_nonnulls(${t.complaintId}, ${t.incidentId}) = 1`),
    check("internal_notes_body_check", sql`char_length(${t.body}) between 1 and 10000`),
  ],
);

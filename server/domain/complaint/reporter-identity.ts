import { createHash } from "node:crypto";
import type { ComplaintContact } from "@/server/db/schema";

/** A stable stand-in for a reporter on staff screens: the same case always shows the same number. */
export function reporterPseudonym(complaintId: string): string {
  const n = createHash("sha256").update(complaintId).digest().readUInt32BE(0) % 9000;
  return `#${1000 + n}`;
}

export type ReporterIdentity =
  | { pseudonym: string; hidden: true; has: { name: boolean; email: boolean; phone: boolean } }
  | { pseudonym: string; hidden: false; name: string | null; email: string | null; phone: string | null };

/**
 * What staff screens show of a reporter: for a confidential report only a pseudonym and which kinds of
 * contact exist, until someone reveals it on purpose (reveal-identity, audited); otherwise the contact.
 */
export function identityForStaff(complaint: { id: string; confidential: boolean }, contact: ComplaintContact): ReporterIdentity {
  const pseudonym = reporterPseudonym(complaint.id);
  if (complaint.confidential)
    return { pseudonym, hidden: true, has: { name: Boolean(contact.name), email: Boolean(contact.email), phone: Boolean(contact.phone) } };
  return { pseudonym, hidden: false, name: contact.name, email: contact.email, phone: contact.phone };
}

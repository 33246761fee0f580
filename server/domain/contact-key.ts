import { parsePhoneNumberFromString } from "libphonenumber-js/min";

/**
 * One key per person however they typed their contact, so a per-contact limit cannot be walked around by
 * writing it another way: an e-mail address trimmed and lower-cased, a phone number in E.164 (Indonesian when
 * it has no country code: "0812-3456-7890", "+62 812 3456 7890" and "6281234567890" are one number).
 */
export function emailKey(email: string): string {
  return email.normalize("NFKC").trim().toLowerCase();
}

export function phoneKey(phone: string): string {
  const trimmed = phone.normalize("NFKC").trim();
  // A number written with its country code but without "+" (as WhatsApp ids are) is read as international.
  const international = /^62\d{8,}$/.test(trimmed.replace(/[\s().-]/g, "")) ? `+${trimmed}` : trimmed;
  const parsed = parsePhoneNumberFromString(international, "ID");
  return parsed?.isPossible() ? parsed.number : trimmed.replace(/\D/g, "").replace(/^0/, "62").replace(/^/, "+");
}

/** The keys a reporter's contact counts under: one per address given. */
export function contactKeys(contact: { email?: string | null; phone?: string | null } | undefined): string[] {
  const keys: string[] = [];
  if (contact?.email) keys.push(`email:${emailKey(contact.email)}`);
  if (contact?.phone) keys.push(`phone:${phoneKey(contact.phone)}`);
  return keys;
}

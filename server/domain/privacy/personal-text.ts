import { sql, type SQL } from "drizzle-orm";

// What the intake recognises as personal data in free text: email addresses, and phone numbers (Indonesian
// mobiles written 08…/+628…/628…, and any number in international form). POSIX regular expressions, for PostgreSQL.
const EMAIL = "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}";
const PHONE = "(\\+?62|0)8[0-9][0-9 .-]{6,14}[0-9]|\\+[1-9][0-9 .-]{7,16}[0-9]";

/** The text with every email address and phone number in it replaced by a marker (in SQL, for batches). */
export function maskPersonalText(column: SQL): SQL {
  return sql`left(regexp_replace(regexp_replace(${column}, ${EMAIL}, '[email dihapus]', 'g'), ${PHONE}, '[nomor dihapus]', 'g'), 4000)`;
}

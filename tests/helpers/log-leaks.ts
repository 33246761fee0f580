import { readFileSync } from "node:fs";
import { openPglite } from "@/server/db/connect";

/** Every reporter contact value an embedded database holds (names, addresses, numbers with and without "+"). */
export async function contactValues(pgliteDir: string): Promise<string[]> {
  const pg = await openPglite(pgliteDir);
  try {
    const { rows } = await pg.query<{ name: string | null; email: string | null; phone: string | null }>(
      "select name, email, phone from complaint_contacts",
    );
    return [
      ...new Set(
        rows.flatMap((r) => [r.name, r.email, r.phone, r.phone?.replace(/\D/g, "")]).filter((v): v is string => Boolean(v) && v!.length >= 8),
      ),
    ];
  } finally {
    await pg.close();
  }
}

/**
 * Fails unless the app's log was written and holds none of the contact values: a check that would pass on
 * an empty log or an empty contact list proves nothing, so both must be there.
 */
export function assertNoContactsInLog(logFile: string, values: string[]): void {
  const log = readFileSync(logFile, "utf8");
  const lines = log.split("\n").filter(Boolean).length;
  if (lines < 20) throw new Error(`the app's log has ${lines} lines: the check of its contents would prove nothing`);
  if (values.length < 5) throw new Error(`only ${values.length} contact values to look for: the log check would prove nothing`);
  const leaked = values.filter((v) => log.includes(v));
  if (leaked.length > 0)
    throw new Error(`the app's log (${logFile}) contains ${leaked.length} reporter contact value(s), e.g. one of ${leaked[0]!.length} characters`);
}

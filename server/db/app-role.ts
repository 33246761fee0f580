import { sql, type SQL } from "drizzle-orm";

/**
 * What the app's own PostgreSQL role may do when the schema belongs to another (the owner, who runs the
 * migrations): read and write the tables, but never change, delete or truncate audit rows, and — not being
 * the owner — never alter, disable or drop the audit trigger. pg-boss keeps its queue in a schema of its own,
 * which the app role creates and owns. Run as the owner, once; default privileges cover later migrations.
 */
export function appRoleGrants(role: string, database: string): SQL[] {
  const name = /^[a-z_][a-z0-9_]{0,62}$/;
  if (!name.test(role) || !name.test(database)) throw new Error(`not a plain role or database name: ${role}, ${database}`);
  const r = sql.raw(role);
  return [
    sql`grant connect, create on database ${sql.raw(database)} to ${r}`,
    sql`grant usage on schema public to ${r}`,
    sql`grant select, insert, update, delete on all tables in schema public to ${r}`,
    sql`grant usage, select on all sequences in schema public to ${r}`,
    sql`alter default privileges in schema public grant select, insert, update, delete on tables to ${r}`,
    sql`alter default privileges in schema public grant usage, select on sequences to ${r}`,
    sql`revoke update, delete, truncate on audit_log from ${r}`,
  ];
}

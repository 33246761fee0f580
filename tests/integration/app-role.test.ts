import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import PgBoss from "pg-boss";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRoleGrants } from "@/server/db/app-role";
import { connect, type DbHandle } from "@/server/db/connect";
import { selectRows } from "@/server/db/rows";
import { seedDemo } from "@/server/seed";
import { createComplaint } from "@/tests/helpers/complaints";
import { createTestDb, type TestDb } from "@/tests/helpers/db";

// Roles exist only on a PostgreSQL server (and creating one needs CREATEROLE there).
const pgUrl = process.env.TEST_DATABASE_URL;
let t: TestDb | undefined;
let app: DbHandle | undefined;
let role = "";
let roleUrl = "";
let canCreateRoles = false;

beforeAll(async () => {
  if (!pgUrl) return;
  t = await createTestDb();
  const [me] = await selectRows<{ ok: boolean }>(t.db, sql`select rolsuper or rolcreaterole as ok from pg_roles where rolname = current_user`);
  canCreateRoles = Boolean(me?.ok);
  if (!canCreateRoles) return;
  await seedDemo(t.db, { story: false });
  role = `sigap_app_${randomBytes(4).toString("hex")}`;
  const password = randomBytes(12).toString("hex");
  await t.db.execute(sql.raw(`create role ${role} login password '${password}'`));
  const database = new URL(t.url!).pathname.slice(1);
  for (const statement of appRoleGrants(role, database)) await t.db.execute(statement);
  const url = new URL(t.url!);
  url.username = role;
  url.password = password;
  roleUrl = url.toString();
  app = await connect({ driver: "postgres", url: roleUrl, poolSize: 2 });
});
afterAll(async () => {
  await app?.close();
  if (t && role) {
    await t.db.execute(sql.raw(`drop owned by ${role}`));
    await t.destroy();
    const admin = postgres(pgUrl!, { max: 1, onnotice: () => {} });
    await admin.unsafe(`drop role if exists ${role}`);
    await admin.end();
  } else {
    await t?.destroy();
  }
});

const refused = async (statement: string) => {
  const error = await app!.db.execute(sql.raw(statement)).then(
    () => null,
    (e: unknown) => e as { code?: string; cause?: { code?: string } },
  );
  expect(error, statement).not.toBeNull();
  expect(error!.cause?.code ?? error!.code, statement).toBe("42501"); // insufficient_privilege
};

describe.skipIf(!pgUrl)("the app's PostgreSQL role (fails before: the app ran as the owner, who can switch the audit trigger off)", () => {
  it("runs the app but cannot touch the audit trail or its trigger", async (context) => {
    if (!canCreateRoles) context.skip(); // a role with CREATEDB only (CI's fallback) cannot create the app role
    // The app's work: intake writes a complaint, its stage and its audit row.
    const { trackingCode } = await createComplaint(app!.db);
    expect(trackingCode).toMatch(/-/);
    const [audit] = await selectRows<{ n: number }>(app!.db, sql`select count(*)::int as n from audit_log`);
    expect(audit!.n).toBeGreaterThan(0);
    // The job queue installs its own schema as this role.
    const boss = new PgBoss({ connectionString: roleUrl, max: 1 });
    boss.on("error", () => undefined);
    await boss.start();
    await boss.createQueue("app-role-check");
    expect(await boss.send("app-role-check", { ok: true })).toEqual(expect.any(String));
    await boss.stop({ graceful: true, timeout: 5000 });

    await refused("update audit_log set action = 'x.y'");
    await refused("delete from audit_log");
    await refused("truncate audit_log");
    await refused("alter table audit_log disable trigger audit_log_no_update_delete");
    await refused("drop trigger audit_log_no_update_delete on audit_log");
    await refused("alter table audit_log owner to current_user");
    // Even through the trigger's own function.
    await refused("create or replace function sigap_audit_log_append_only() returns trigger language plpgsql as $$ begin return new; end $$");
  });
});

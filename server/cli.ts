import { env } from "./env";
import { bootstrapAdmin } from "./domain/admin/bootstrap-admin";
import { makeDomainCtx } from "./domain/context";
import { DomainError } from "./domain/errors";
import { appRoleGrants } from "./db/app-role";
import { connect } from "./db/connect";
import { runMigrations } from "./db/migrate";
import { seedDemo, seedReferenceData } from "./seed";
import { classifyCommand, trainCommand } from "./triage-commands";
import { backupTo } from "./backup/backup";
import { restoreFrom } from "./backup/restore";
import { getStorage } from "./storage";

// `npm run db:migrate` / `npm run db:seed` / `npm run db:reference` / `npm run triage:train` / `npm run triage:classify` /
// `npm run admin:create -- EMAIL NAME…` / `npm run db:grant-app-role -- ROLE` / `npm run db:backup -- DIR` /
// `npm run db:restore -- DIR`. Do not run against the embedded folder while the app has it open.
async function main(command: string | undefined, arg: string | undefined) {
  if (command === "grant-app-role") return grantAppRole(arg);
  if (command === "create-admin") return createAdmin(process.argv.slice(3));
  if (command === "backup" || command === "restore") return backupOrRestore(command, arg);
  if (!["migrate", "seed", "reference", "triage-train", "triage-classify"].includes(command ?? "")) {
    console.error(
      "usage: tsx server/cli.ts migrate|seed|reference|triage-train|triage-classify|create-admin EMAIL NAME|grant-app-role ROLE|backup DIR|restore DIR",
    );
    process.exit(2);
  }
  const handle = await openMigrated(2);
  try {
    // Status goes to standard error: `triage-classify` writes its answers to standard output.
    console.error(`migrations applied (${handle.driver})`);
    if (command === "seed") {
      const { complaintsInserted } = await seedDemo(handle.db);
      console.log(`demo data seeded: ${complaintsInserted} new complaints`);
    }
    if (command === "triage-train") await trainCommand(handle);
    if (command === "triage-classify") await classifyCommand(handle);
    if (command === "reference") {
      const loaded = await seedReferenceData(handle.db);
      console.log(`catalogue, gazetteer and triage corpus loaded (${loaded.training} training and ${loaded.heldout} held-out texts)`);
    }
  } finally {
    await handle.close();
  }
}

/** The configured database (PostgreSQL, else the embedded one), migrated. */
async function openMigrated(poolSize: number) {
  const handle = env.databaseUrl
    ? await connect({ driver: "postgres", url: env.databaseUrl, poolSize })
    : await connect({ driver: "pglite", dataDir: env.pgliteDir });
  await runMigrations(handle, env.migrationDatabaseUrl);
  return handle;
}

/** One of an installation's first two admins, with a temporary password printed once (domain/admin/bootstrap-admin.ts). */
async function createAdmin([email, ...name]: string[]) {
  if (!email || name.length === 0) {
    console.error("usage: npm run admin:create -- EMAIL FULL NAME");
    process.exit(2);
  }
  const handle = await openMigrated(1);
  try {
    const { temporaryPassword } = await bootstrapAdmin({ ctx: makeDomainCtx({ db: handle.db }), input: { email, name: name.join(" ") } });
    console.log(`admin ${email} created; temporary password (shown once, valid 72 h, to be changed at first sign-in): ${temporaryPassword}`);
  } finally {
    await handle.close();
  }
}

/** As the owner (DATABASE_MIGRATION_URL, else DATABASE_URL): lets ROLE run the app, and nothing more (server/db/app-role.ts). */
async function grantAppRole(role: string | undefined) {
  const url = env.migrationDatabaseUrl;
  if (!url || !role) {
    console.error("usage: DATABASE_MIGRATION_URL=postgres://owner@host/db tsx server/cli.ts grant-app-role ROLE");
    process.exit(2);
  }
  const handle = await connect({ driver: "postgres", url, poolSize: 1 });
  try {
    const database = decodeURIComponent(new URL(url).pathname.slice(1));
    for (const statement of appRoleGrants(role, database)) await handle.db.execute(statement);
    console.log(`${role} may now run the app on ${database}; the audit trail stays out of its reach`);
  } finally {
    await handle.close();
  }
}

/** Backs up DATABASE_URL and the attachments to DIR, or restores DIR into an empty DATABASE_URL and the configured storage. */
async function backupOrRestore(command: "backup" | "restore", dir: string | undefined) {
  const url = env.migrationDatabaseUrl;
  if (!url || !dir) {
    console.error(
      `usage: DATABASE_URL=postgres://… tsx server/cli.ts ${command} DIR (the embedded database is backed up by copying ${env.pgliteDir} while the app is stopped)`,
    );
    process.exit(2);
  }
  const handle = await connect({ driver: "postgres", url, poolSize: 2 });
  try {
    const args = { db: handle.db, databaseUrl: url, storage: getStorage(), dir };
    const result = command === "backup" ? await backupTo(args) : await restoreFrom(args);
    console.log(JSON.stringify({ ...result, counts: undefined }, null, 2));
  } finally {
    await handle.close();
  }
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  // A refusal is said plainly (e.g. a third admin from the shell); anything else with its stack.
  console.error(error instanceof DomainError ? `refused: ${error.message}` : error);
  process.exit(1);
});

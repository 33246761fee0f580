import { env } from "../env";
import { connect } from "./connect";
import { runMigrations } from "./migrate";
import { seedDemo } from "./seed";

// `npm run db:migrate` / `npm run db:seed`. Do not run against the embedded folder while the app has it open.
async function main(command: string | undefined) {
  if (command !== "migrate" && command !== "seed") {
    console.error("usage: tsx server/db/cli.ts migrate|seed");
    process.exit(2);
  }
  const handle = env.databaseUrl
    ? await connect({ driver: "postgres", url: env.databaseUrl, poolSize: 2 })
    : await connect({ driver: "pglite", dataDir: env.pgliteDir });
  try {
    await runMigrations(handle, env.databaseUrl);
    console.log(`migrations applied (${handle.driver})`);
    if (command === "seed") {
      const { complaintsInserted } = await seedDemo(handle.db);
      console.log(`demo data seeded: ${complaintsInserted} new complaints`);
    }
  } finally {
    await handle.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

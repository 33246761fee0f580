// `npm run worker`: the job worker alone, for a host that serves no requests (its app hosts then run with
// SIGAP_JOBS=false). PostgreSQL only: the embedded database belongs to the one app process that opened it.
import { getDb } from "./app-db";
import { env } from "./env";
import { tryNowThenKeepTrying } from "./jobs/keep-trying";
import { startAppJobs } from "./jobs/start";

if (!env.databaseUrl) {
  console.error("sigap worker: needs DATABASE_URL (the embedded database runs its jobs inside `npm start`)");
  process.exit(2);
}

await tryNowThenKeepTrying(
  async () => {
    const boss = await startAppJobs(await getDb());
    console.log("sigap worker: running");
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        // Finish the jobs in hand (up to 30 s), then leave: pg-boss gives unfinished ones to another worker.
        void boss.stop({ graceful: true, timeout: 30_000 }).finally(() => process.exit(0));
      });
    }
  },
  5000,
  (error) => console.error("sigap worker: database not ready; trying again in 5 s", error),
);

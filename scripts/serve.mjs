// Serves the built app: one `next start` process, or with SIGAP_INSTANCES=N (PostgreSQL only) N of them on
// one port through node:cluster, so a small machine's every core serves requests. Nothing is shared between
// them but the database: they behave as instances behind a load balancer. A worker that dies is replaced.
import cluster from "node:cluster";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const port = process.env.PORT || "3000";
const wanted = Number.parseInt(process.env.SIGAP_INSTANCES || "1", 10);
if (!Number.isInteger(wanted) || wanted < 1 || wanted > 64) {
  console.error(`sigap: SIGAP_INSTANCES must be a whole number from 1 to 64, not "${process.env.SIGAP_INSTANCES}"`);
  process.exit(2);
}
// The embedded database is one process's file: several instances need PostgreSQL.
const instances = process.env.DATABASE_URL ? wanted : 1;
if (instances < wanted) console.warn("sigap: SIGAP_INSTANCES needs DATABASE_URL; serving with one instance");

// Each instance loads, before Next, before-next-hook.mjs (reports without files and anonymous public reads are
// answered before Next) and client-address.mjs (the client's address comes from the socket, not from headers; it
// runs first).
const preload = ["before-next-hook.mjs", "client-address.mjs"].flatMap((file) => ["--import", path.join(root, "scripts", file)]);
cluster.setupPrimary({ exec: nextBin, args: ["start", "-p", port], cwd: root, execArgv: preload });
let stopping = false;
const startedAt = new Map();
function fork() {
  const worker = cluster.fork();
  startedAt.set(worker.id, Date.now());
}
cluster.on("exit", (worker, code, signal) => {
  const lived = Date.now() - (startedAt.get(worker.id) ?? 0);
  startedAt.delete(worker.id);
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  // A worker that cannot even start (bad configuration) would be replaced forever: stop instead.
  if (lived < 5000) {
    console.error(`sigap: an instance exited during start (code ${code ?? signal}); stopping`);
    process.exit(1);
  }
  console.error(`sigap: an instance exited (code ${code ?? signal}); starting another`);
  fork();
});
for (const s of ["SIGINT", "SIGTERM"]) {
  process.on(s, () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(s);
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  });
}
for (let i = 0; i < instances; i++) fork();

if (process.env.METRICS_PORT) {
  const { startMetricsServer } = await import("./metrics-server.mjs");
  startMetricsServer({ port: process.env.METRICS_PORT, host: process.env.METRICS_HOST || "127.0.0.1", token: process.env.METRICS_TOKEN });
}

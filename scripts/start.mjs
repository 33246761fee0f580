// `npm start`: build when the sources are newer than the last build, then serve it (scripts/serve.mjs).
// Migrations (and, for the embedded database, the demo seed) run inside the app as it starts.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildServiceWorker } from "./build-sw.mjs";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", ".bin", "next");
const buildId = path.join(root, ".next", "BUILD_ID");
const SOURCES = [
  "app",
  "public/icons",
  "server",
  "messages",
  "drizzle",
  "package.json",
  "package-lock.json",
  "next.config.js",
  "postcss.config.mjs",
  "instrumentation.ts",
  "proxy.ts",
];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

function needsBuild() {
  if (!existsSync(buildId) || !existsSync(path.join(root, "public", "sw.js"))) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

if (needsBuild()) {
  const first = !existsSync(buildId);
  console.log(
    `sigap: building the app (${first ? "first start" : "sources changed since the last build"}); this takes about a minute on a ` +
      "2-core machine, and later starts skip it while nothing changes…",
  );
  const started = Date.now();
  await buildServiceWorker();
  const result = spawnSync(nextBin, ["build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  console.log(`sigap: built in ${Math.round((Date.now() - started) / 1000)} s; starting`);
}

const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

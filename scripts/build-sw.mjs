import { fileURLToPath } from "node:url";
import path from "node:path";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Bundles the service worker (app/_sw) into public/sw.js, served at /sw.js so its scope is the whole site. */
export async function buildServiceWorker() {
  await build({
    entryPoints: [path.join(root, "app/_sw/service-worker.ts")],
    outfile: path.join(root, "public/sw.js"),
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildServiceWorker();

import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, openSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

export type RunningApp = { url: string; process: ChildProcess; stop(): Promise<void> };

/**
 * Starts the built app (`npm run build` first) as `npm start` serves it, on a free port, in its own process group so
 * that stopping it takes next-server down too, and waits until /api/health answers ok.
 */
export async function startBuiltApp(env: Record<string, string>, timeoutMs = 90_000, fixedPort?: number, logFile?: string): Promise<RunningApp> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) throw new Error("no build found: run `npm run build` first");
  const port = fixedPort ?? (await freePort());
  const child = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], {
    cwd: root,
    detached: true,
    // The app's log (pino, one JSON line each) goes to `logFile` when asked: the browser tests read it afterwards.
    stdio: ["ignore", logFile ? openSync(logFile, "a") : "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...env },
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 300));
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the app did not become healthy within ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, process: child, stop };
}

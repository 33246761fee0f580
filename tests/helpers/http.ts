import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import { appRouter } from "@/server/api/root";
import type { Db } from "@/server/db/types";
import { defaultConfig, makeDomainCtx, type Actor, type DomainConfig } from "@/server/domain/context";
import { resolveLocale } from "@/server/i18n/locale";
import { localStorage } from "@/server/storage/local";
import type { BlobStorage } from "@/server/storage";

export type TestServer = { url: string; storage: BlobStorage; storageDir: string; close(): Promise<void> };

/**
 * The real router behind a real HTTP server, with the same context rules as the app (locale cookie,
 * X-Forwarded-For as the client address), storage in a temporary folder.
 */
export async function startTrpcServer(db: Db, options: { actor?: Actor | null; config?: Partial<DomainConfig> } = {}): Promise<TestServer> {
  const storageDir = mkdtempSync(path.join(tmpdir(), "sigap-uploads-"));
  const storage = localStorage(storageDir);
  const config = { ...defaultConfig(), ...options.config };
  const server = createHTTPServer({
    router: appRouter,
    basePath: "/api/trpc/",
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path} failed:`, error.cause ?? error);
    },
    createContext: ({ req }) => {
      const cookie = /(?:^|;\s*)NEXT_LOCALE=([^;]+)/.exec(req.headers.cookie ?? "")?.[1];
      const xff = req.headers["x-forwarded-for"];
      return makeDomainCtx({
        db,
        actor: options.actor ?? null,
        locale: resolveLocale(cookie),
        storage,
        clientIp: (Array.isArray(xff) ? xff[0] : xff) ?? req.socket.remoteAddress ?? null,
        config,
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/trpc`,
    storage,
    storageDir,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export type TrpcHttpError = { status: number; code: string; message: string; fieldErrors: Record<string, string[]> | null };

/** A multipart form the way the browser client builds it: fields as JSON in "data", files as "files". */
export function multipart(data: unknown, files: Array<{ name: string; bytes: Uint8Array; type?: string }> = []): FormData {
  const form = new FormData();
  form.set("data", JSON.stringify(data));
  for (const f of files) form.append("files", new File([f.bytes as Uint8Array<ArrayBuffer>], f.name, { type: f.type ?? "application/octet-stream" }));
  return form;
}

/** Posts a multipart form the way the browser client does (fields as JSON in "data", files as "files"). */
export async function postMultipart(
  server: TestServer,
  procedure: string,
  data: unknown,
  files: Array<{ name: string; bytes: Uint8Array; type?: string }> = [],
  headers: Record<string, string> = {},
): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${server.url}/${procedure}`, { method: "POST", body: multipart(data, files), headers });
  return { status: res.status, json: await res.json() };
}

/** The error part of a tRPC HTTP answer (superjson-wrapped). */
export function errorOf(json: unknown): TrpcHttpError {
  const e = (
    json as { error: { json: { message: string; data: { code: string; httpStatus: number; fieldErrors: Record<string, string[]> | null } } } }
  ).error.json;
  return { status: e.data.httpStatus, code: e.data.code, message: e.message, fieldErrors: e.data.fieldErrors };
}

export function resultOf<T>(json: unknown): T {
  return (json as { result: { data: { json: T } } }).result.data.json;
}

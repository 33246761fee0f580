import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import type { BlobStorage } from "@/server/storage";
import { localStorage } from "@/server/storage/local";
import { s3Storage } from "@/server/storage/s3";

/**
 * Both storage backends a test runs against: a local folder, and a fake S3 server speaking the real S3 HTTP API on
 * loopback. `start()` in beforeAll, `stop()` in afterAll; `backends` for describe.each.
 */
export function storageBackends(bucket: string) {
  const dirs: string[] = [];
  const tmp = () => {
    const d = mkdtempSync(path.join(tmpdir(), "sigap-storage-"));
    dirs.push(d);
    return d;
  };
  let server: S3rver | null = null;
  let url = "";
  const backends: Array<[string, () => BlobStorage]> = [
    ["local folder", () => localStorage(tmp())],
    [
      "S3-compatible",
      () => s3Storage({ endpoint: url, region: "us-east-1", bucket, accessKeyId: "S3RVER", secretAccessKey: "S3RVER", forcePathStyle: true }),
    ],
  ];
  return {
    backends,
    tmp,
    get url() {
      return url;
    },
    async start() {
      server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: tmp(), configureBuckets: [{ name: bucket, configs: [] }] });
      url = `http://127.0.0.1:${(await server.run()).port}`;
    },
    async stop() {
      await server?.close();
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}

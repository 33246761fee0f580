import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localStorage } from "../../server/storage/local";
import { s3Storage } from "../../server/storage/s3";
import type { BlobStorage } from "../../server/storage";

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), "sigap-storage-"));
  dirs.push(d);
  return d;
};

let s3server: S3rver;
let s3url: string;

beforeAll(async () => {
  // A fake S3 server speaking the real S3 HTTP API on loopback.
  s3server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: tmp(), configureBuckets: [{ name: "sigap-test", configs: [] }] });
  const address = (await s3server.run()) as AddressInfo;
  s3url = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await s3server?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const backends: Array<[string, () => BlobStorage]> = [
  ["local folder", () => localStorage(tmp())],
  [
    "S3-compatible",
    () =>
      s3Storage({
        endpoint: s3url,
        region: "us-east-1",
        bucket: "sigap-test",
        accessKeyId: "S3RVER",
        secretAccessKey: "S3RVER",
        forcePathStyle: true,
      }),
  ],
];

describe.each(backends)("%s storage", (_name, make) => {
  it("stores, reads back, overwrites and deletes bytes", async () => {
    const storage = make();
    const key = `attachments/2026-11/abc/0-${Date.now()}.jpg`;
    expect(await storage.get(key)).toBeNull();
    await storage.put(key, Uint8Array.from([1, 2, 3]), "image/jpeg");
    expect([...(await storage.get(key))!]).toEqual([1, 2, 3]);
    await storage.put(key, Uint8Array.from([4, 5]), "image/jpeg");
    expect([...(await storage.get(key))!]).toEqual([4, 5]);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
  });
});

describe("local storage", () => {
  it("refuses keys that escape its folder", async () => {
    const storage = localStorage(tmp());
    await expect(storage.put("../outside.txt", Uint8Array.from([1]), "text/plain")).rejects.toThrow(/escapes/);
  });
});

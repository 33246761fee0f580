import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localStorage } from "@/server/storage/local";
import { storageBackends } from "@/tests/helpers/storage-backends";

const storages = storageBackends("sigap-test");
const { backends, tmp } = storages;
beforeAll(() => storages.start());
afterAll(() => storages.stop());

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

import { describe, expect, it } from "vitest";
import { newTrackingCode, normalizeTrackingCode } from "@/server/domain/complaint/tracking-code";

describe("tracking codes", () => {
  it("have the readable XXXX-XXXX-XX shape in Crockford base32", () => {
    for (let i = 0; i < 1000; i++) {
      expect(newTrackingCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
    }
  });

  it("are unique across 50,000 draws", () => {
    const codes = new Set(Array.from({ length: 50_000 }, newTrackingCode));
    expect(codes.size).toBe(50_000);
  });

  it("are not sequential: consecutive codes share no ordering or common prefix", () => {
    const codes = Array.from({ length: 200 }, newTrackingCode);
    const ascending = codes.every((c, i) => i === 0 || c > codes[i - 1]!);
    const descending = codes.every((c, i) => i === 0 || c < codes[i - 1]!);
    expect(ascending || descending).toBe(false);
    const firstChars = new Set(codes.map((c) => c[0]));
    expect(firstChars.size).toBeGreaterThan(16); // spread over the alphabet, not counting up
  });

  it("normalizes what people type", () => {
    const code = newTrackingCode();
    expect(normalizeTrackingCode(code.toLowerCase())).toBe(code);
    expect(normalizeTrackingCode(code.replaceAll("-", " "))).toBe(code);
    expect(normalizeTrackingCode("ABCD-EFGH-JO")).toBe("ABCD-EFGH-J0");
    expect(normalizeTrackingCode("abcd efgh ji")).toBe("ABCD-EFGH-J1");
    expect(normalizeTrackingCode("ABCD-EFGH")).toBeNull();
    expect(normalizeTrackingCode("ABCD-EFGH-J!")).toBeNull();
    expect(normalizeTrackingCode("ABCD-EFGH-JU")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "../../server/db/unavailable";

describe("database unavailable", () => {
  it("recognises connection loss, shutdown and retryable conflicts, also when wrapped", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Failed query", { cause: Object.assign(new Error("closed"), { code: "CONNECTION_CLOSED" }) }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { code: "40001" }))).toBe(true);
  });

  it("does not excuse real errors", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("dup"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(Object.assign(new Error("syntax"), { code: "42601" }))).toBe(false);
    expect(isDatabaseUnavailable(new Error("plain"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

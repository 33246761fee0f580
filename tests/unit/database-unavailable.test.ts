import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/server/db/unavailable";

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

describe("retry while the database is unavailable", () => {
  it("tries again until it answers, within the budget", async () => {
    const { retryWhileUnavailable } = await import("@/server/db/unavailable");
    let calls = 0;
    const flaky = async () => {
      calls++;
      if (calls < 3) throw Object.assign(new Error("down"), { code: "ECONNREFUSED" });
      return "ok";
    };
    await expect(retryWhileUnavailable(flaky, 5000)).resolves.toBe("ok");
    expect(calls).toBe(3);
  });

  it("gives up after the budget, and never retries a real error", async () => {
    const { retryWhileUnavailable } = await import("@/server/db/unavailable");
    let calls = 0;
    const down = async () => {
      calls++;
      throw Object.assign(new Error("down"), { code: "57P03" });
    };
    await expect(retryWhileUnavailable(down, 600)).rejects.toMatchObject({ code: "57P03" });
    expect(calls).toBeGreaterThan(1);
    calls = 0;
    const bad = async () => {
      calls++;
      throw Object.assign(new Error("dup"), { code: "23505" });
    };
    await expect(retryWhileUnavailable(bad, 5000)).rejects.toMatchObject({ code: "23505" });
    expect(calls).toBe(1);
  });
});

describe("the API's read retry", () => {
  it("runs a query again while the database is unavailable, but never a mutation", async () => {
    const { createTRPCRouter, publicProcedure, createCallerFactory } = await import("@/server/api/trpc");
    let reads = 0;
    let writes = 0;
    const down = () => Object.assign(new Error("down"), { code: "CONNECTION_CLOSED" });
    const router = createTRPCRouter({
      read: publicProcedure.query(() => {
        if (++reads < 3) throw down();
        return "ok";
      }),
      write: publicProcedure.mutation(() => {
        writes++;
        throw down();
      }),
    });
    // eslint-disable-next-line no-restricted-syntax -- this router's procedures read nothing of the context
    const caller = createCallerFactory(router)({} as never);
    await expect(caller.read()).resolves.toBe("ok");
    expect(reads).toBe(3);
    await expect(caller.write()).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    expect(writes).toBe(1);
  });
});

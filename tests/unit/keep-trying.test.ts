import { describe, expect, it } from "vitest";
import { tryNowThenKeepTrying } from "@/server/jobs/keep-trying";

describe("starting the job worker when the database comes late", () => {
  it("answers after the first try, then keeps trying in the background until it works, and stops", async () => {
    let calls = 0;
    const errors: unknown[] = [];
    const attempt = async () => {
      calls++;
      if (calls < 3) throw new Error("database down");
    };
    expect(await tryNowThenKeepTrying(attempt, 20, (e) => errors.push(e))).toBe(false);
    expect(calls).toBe(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).toBe(3);
    expect(errors).toHaveLength(2);
  });

  it("does nothing more when the first try works", async () => {
    let calls = 0;
    expect(
      await tryNowThenKeepTrying(
        async () => void calls++,
        20,
        () => {},
      ),
    ).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(calls).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { safeReturnPath } from "../../server/auth/return-path";

describe("the page to return to after signing in", () => {
  it("keeps a path on this site, query included", () => {
    expect(safeReturnPath("/console?stage=received&sort=oldest")).toBe("/console?stage=received&sort=oldest");
  });

  it.each(["//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "", null, 42])(
    "refuses %j, going to the dashboard instead",
    (value) => {
      expect(safeReturnPath(value)).toBe("/dashboard");
    },
  );
});

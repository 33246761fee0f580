import { describe, expect, it } from "vitest";
import { safeReturnPath, sameSitePath } from "@/server/auth/return-path";

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

describe("the page the language switch opens", () => {
  it("is the page it was asked on, or the home page for anything off this site", () => {
    expect(sameSitePath("/insiden?status=open", "/")).toBe("/insiden?status=open");
    for (const value of ["//evil.example/", "/\\evil.example", "https://evil.example/", null]) expect(sameSitePath(value, "/")).toBe("/");
  });
});

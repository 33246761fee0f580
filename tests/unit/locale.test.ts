import { describe, expect, it } from "vitest";
import { z } from "zod";
import { localizedPath, resolveLocale, splitLocalePath } from "@/server/i18n/locale";
import { MESSAGES } from "@/server/i18n/messages";
import { zodFieldErrors } from "@/server/i18n/field-errors";

describe("locale resolution", () => {
  it("uses the visitor's choice, else Bahasa Indonesia", () => {
    expect(resolveLocale("en")).toBe("en");
    expect(resolveLocale("id")).toBe("id");
    expect(resolveLocale(undefined)).toBe("id");
    expect(resolveLocale("xx")).toBe("id");
  });
});

describe("localized addresses", () => {
  it("prefix English, give the map its English word both ways, and keep the query", () => {
    expect(localizedPath("en", "/insiden?x=1")).toBe("/en/insiden?x=1");
    expect(localizedPath("en", "/peta?status=open")).toBe("/en/map?status=open");
    expect(localizedPath("en", "/peta")).toBe("/en/map");
    expect(localizedPath("id", "/peta")).toBe("/peta");
    expect(splitLocalePath("/en/map")).toEqual({ locale: "en", path: "/peta" });
    expect(splitLocalePath("/en/peta")).toEqual({ locale: "en", path: "/peta" });
    expect(splitLocalePath("/en/mapping")).toEqual({ locale: "en", path: "/mapping" });
    expect(splitLocalePath("/peta")).toEqual({ locale: null, path: "/peta" });
  });
});

describe("message files", () => {
  it("have the same keys in both languages and no empty strings", () => {
    const keys = (o: object, prefix = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(MESSAGES.en).sort()).toEqual(keys(MESSAGES.id).sort());
    const values = (o: object): unknown[] => Object.values(o).flatMap((v) => (typeof v === "object" ? values(v) : [v]));
    for (const v of [...values(MESSAGES.id), ...values(MESSAGES.en)]) expect(String(v).trim()).not.toBe("");
  });
});

describe("field errors", () => {
  const schema = z.object({ email: z.email(), age: z.number().min(18), note: z.string().min(1, { error: "errors.generic" }) });
  const error = schema.safeParse({ email: "nope", age: 3, note: "" }).error!;

  it("are keyed by field and translated per locale", () => {
    const id = zodFieldErrors(error, "id");
    const en = zodFieldErrors(error, "en");
    expect(Object.keys(id).sort()).toEqual(["age", "email", "note"]);
    expect(id.age![0]).not.toEqual(en.age![0]);
    expect(id.note).toEqual([MESSAGES.id.errors.generic]);
    expect(en.note).toEqual([MESSAGES.en.errors.generic]);
  });
});

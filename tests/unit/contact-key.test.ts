import { describe, expect, it } from "vitest";
import { contactKeys, emailKey, phoneKey } from "@/server/domain/contact-key";

describe("contact keys", () => {
  it("writes one Indonesian number one way, whatever the spelling", () => {
    const keys = ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "(0812) 3456 7890", "+62 (812) 3456-7890", "０８１２３４５６７８９０"].map(
      phoneKey,
    );
    expect(new Set(keys)).toEqual(new Set(["+6281234567890"]));
    expect(phoneKey("+1 415 555 0100")).toBe("+14155550100");
    expect(phoneKey("0812-3456-7891")).not.toBe(phoneKey("0812-3456-7890"));
  });

  it("writes an address in one case without spaces", () => {
    expect(emailKey("  Andi.Wijaya@Example.ORG ")).toBe("andi.wijaya@example.org");
    expect(contactKeys({ email: "A@x.org", phone: "0812 3456 7890" })).toEqual(["email:a@x.org", "phone:+6281234567890"]);
    expect(contactKeys(undefined)).toEqual([]);
  });
});

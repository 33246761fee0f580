import { describe, expect, it } from "vitest";
import { hasSessionCookie } from "@/server/auth/session-cookie";

describe("session cookie detection", () => {
  it("finds Auth.js session cookies, plain, secure and chunked, and nothing else", () => {
    expect(hasSessionCookie(["authjs.session-token"])).toBe(true);
    expect(hasSessionCookie(["NEXT_LOCALE", "__Secure-authjs.session-token"])).toBe(true);
    expect(hasSessionCookie(["authjs.session-token.0", "authjs.session-token.1"])).toBe(true);
    expect(hasSessionCookie([])).toBe(false);
    expect(hasSessionCookie(["NEXT_LOCALE", "authjs.csrf-token", "authjs.callback-url", "x-authjs.session-token"])).toBe(false);
  });
});

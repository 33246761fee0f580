import { describe, expect, it } from "vitest";
import { sessionToken } from "@/server/auth/session-token";

const user = { id: "6f1c2e0a-0000-4000-8000-000000000001", role: "admin" as const, agencyId: null, sessionVersion: 3 };
const HOUR = 3600_000;

describe("session lifetime (fails before: /api/auth/session renewed the cookie forever)", () => {
  it("stamps the sign-in time and renews an active session only within the absolute lifetime", () => {
    const start = Date.UTC(2026, 11, 7, 1, 0, 0);
    const issued = sessionToken({}, user, 12, start);
    expect(issued).toMatchObject({ sub: user.id, sv: 3, at: start / 1000, sid: expect.any(String) });
    // A request every hour keeps it going until hour 12, not after.
    expect(sessionToken({ ...issued }, undefined, 12, start + 11.9 * HOUR)).not.toBeNull();
    expect(sessionToken({ ...issued }, undefined, 12, start + 12.1 * HOUR)).toBeNull();
    expect(sessionToken({ ...issued }, undefined, 2, start + 3 * HOUR)).toBeNull();
  });

  it("ends a token that carries no sign-in time (issued before it was kept)", () => {
    expect(sessionToken({ sub: user.id, sv: 3, sid: "x" }, undefined, 12)).toBeNull();
  });
});

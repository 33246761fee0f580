import { randomUUID } from "node:crypto";
import type { JWT } from "next-auth/jwt";
import type { User } from "next-auth";

/**
 * The session token at sign-in (with `user`) and at every renewal: it names the user, the session version it was
 * issued under, its own id and its sign-in time. Past `maxHours` since that sign-in it is not renewed but ended
 * (null clears the cookie in Auth.js), however active the session: the idle lifetime alone would renew it forever.
 */
export function sessionToken(token: JWT, user: User | undefined, maxHours: number, now = Date.now()): JWT | null {
  if (user) {
    token.sub = user.id;
    token.role = user.role;
    token.agencyId = user.agencyId ?? null;
    token.sv = user.sessionVersion;
    token.sid = randomUUID();
    token.at = Math.floor(now / 1000);
  }
  if (typeof token.at !== "number" || now - token.at * 1000 > maxHours * 3600_000) return null;
  return token;
}

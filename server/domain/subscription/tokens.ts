import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/server/env";

/** A one-time confirmation token; only its hash is stored. */
export function newConfirmToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * The unsubscribe token of a subscription, derived rather than stored, so every mail can carry a working
 * one-click link without keeping a secret per follower.
 */
export function unsubscribeToken(subscriptionId: string): string {
  return `${subscriptionId}.${createHmac("sha256", env.authSecret).update(`unsubscribe:${subscriptionId}`).digest("base64url")}`;
}

/** The subscription id an unsubscribe token names, or null when the token is not ours. */
export function verifyUnsubscribeToken(token: string): string | null {
  const [id] = token.split(".");
  if (!id) return null;
  const expected = Buffer.from(unsubscribeToken(id));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

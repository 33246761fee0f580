import { createHash, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { open, seal } from "./secret-box";

const PURPOSE = "totp";
const PERIOD = 30;

function totp(secretBase32: string, label = "") {
  return new TOTP({ issuer: "Sigap Ombudsman", label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(secretBase32) });
}

/** A new secret for enrolment: the sealed form to store, the text to type, and the otpauth:// URI for a QR code. */
export function newTotpSecret(label: string): { sealed: string; base32: string; uri: string } {
  const base32 = new Secret({ size: 20 }).base32;
  return { sealed: seal(base32, PURPOSE), base32, uri: totp(base32, label).toString() };
}

/**
 * The 30-second step a code is valid for (one step either side, for clocks that drift), or null. A step at or
 * before `lastStep` was already used: a code works once, even within its window.
 */
export function verifyTotp(sealedSecret: string, code: string, lastStep: number | null, now: Date): number | null {
  const base32 = open(sealedSecret, PURPOSE);
  const token = code.replace(/\s/g, "");
  if (!base32 || !/^\d{6}$/.test(token)) return null;
  const delta = totp(base32).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / PERIOD) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

/** Ten recovery codes like `k7fq-2mzp-x9ce`, shown once; only their hashes are kept. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const alphabet = "abcdefghjkmnpqrstuvwxyz023456789"; // 32 characters: b % 32 is unbiased
  const codes = Array.from({ length: 10 }, () => {
    const bytes = randomBytes(12);
    const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
  return { codes, hashes: codes.map(hashRecoveryCode) };
}

/** Codes carry about 59 bits of randomness each, so a plain hash is enough (no password-style stretching). */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.trim().toLowerCase()).digest("hex");
}

export const looksLikeRecoveryCode = (code: string) => /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/i.test(code.trim());

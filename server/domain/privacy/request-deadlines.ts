import type { PrivacyRequestKind } from "@/server/db/schema/constants";

const HOUR_MS = 3_600_000;

/**
 * How long the Ombudsman has to act on each kind of request, and the article it comes from (our reading of
 * UU No. 27/2022; docs/privacy.md, to be checked by legal). Erasure has no period of its own in the law
 * (art. 43(2) defers to other regulations), so it keeps the 3 × 24 hours of the other rights.
 */
export const REQUEST_DEADLINES: Record<PrivacyRequestKind, { hours: number; article: string }> = {
  access: { hours: 72, article: "UU PDP art. 32(2)" },
  correction: { hours: 72, article: "UU PDP art. 30(2)" },
  withdrawal: { hours: 72, article: "UU PDP art. 40(2)" },
  erasure: { hours: 72, article: "UU PDP art. 43(1)(c), 8" },
};

export function requestDueAt(kind: PrivacyRequestKind, requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + REQUEST_DEADLINES[kind].hours * HOUR_MS);
}

/** Typed domain errors; the tRPC layer maps each kind to one HTTP/tRPC code. */
export type DomainErrorKind =
  | "NOT_FOUND"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "CONFLICT"
  | "INVALID_TRANSITION"
  | "RATE_LIMITED"
  | "VALIDATION"
  /** Well-formed but unusable: e.g. an idempotency key sent again with other content. */
  | "UNPROCESSABLE";

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    /** Field-level problems for VALIDATION: path → message keys. */
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("NOT_FOUND", `${what} not found`);
export const unauthorized = () => new DomainError("UNAUTHORIZED", "sign-in required");
export const forbidden = (why = "not allowed") => new DomainError("FORBIDDEN", why);
export const conflict = (why: string) => new DomainError("CONFLICT", why);
export const invalidTransition = (why: string) => new DomainError("INVALID_TRANSITION", why);

/** PostgreSQL's unique_violation, whether drizzle wrapped it or not. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === "23505" || e?.cause?.code === "23505";
}

/** Runs a write; a clash on a unique key becomes a field error on `field` ("already used"), not a 500. */
export async function uniqueOr<T>(field: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", `${field} already used`, { [field]: ["errors.taken"] });
    throw error;
  }
}

/** Errors that mean "the database cannot answer right now", not "this request is wrong": worth a retry. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);
// Connection exceptions (08…), shutdown and "cannot connect now" (57P0…), too many connections,
// serialization failures and deadlocks (the transaction may succeed when tried again).
const SQLSTATES = /^(08...|57P0[1-4]|53300|40001|40P01)$/;

export function isDatabaseUnavailable(error: unknown): boolean {
  return databaseErrorCode(error) !== null;
}

/** The code that says the database is away (ECONNREFUSED, 57P01…), from the error or its causes; null otherwise. */
export function databaseErrorCode(error: unknown): string | null {
  for (let e = error, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (NETWORK_CODES.has(code) || SQLSTATES.test(code))) return code;
  }
  return null;
}

/**
 * How long a request waits for the database to come back before answering 503: longer than a PostgreSQL
 * restart takes here (2–5 s measured, reconnecting included), shorter than a phone's 30-s request timeout.
 */
const RETRY_BUDGET_MS = 20_000;

/**
 * Runs `attempt` again while the database is briefly unavailable (a restart, a failover), for up to
 * `budgetMs`, so that a caller sees a slower answer instead of an error. Only for work that is safe to
 * repeat: reads, and writes made idempotent by a key.
 */
export async function retryWhileUnavailable<T>(attempt: () => Promise<T>, budgetMs = RETRY_BUDGET_MS): Promise<T> {
  const deadline = Date.now() + budgetMs;
  for (let pause = 250; ; pause = Math.min(pause * 2, 2000)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() + pause > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

import type { Sql } from "postgres";
import { isDatabaseUnavailable } from "./unavailable";

/** How long reads stay on the primary after the replica failed one, before the replica is tried again. */
const RETRY_REPLICA_AFTER_MS = 5_000;

/**
 * The client drizzle uses for public reads when there is a streaming replica: each query goes to the replica, and
 * to the primary when the replica cannot answer (down, restarting, out of connections), which then takes the reads
 * for a few seconds before the replica is tried again. A reader never sees an error the primary could have
 * answered. Transactions (and anything that writes) always go to the primary: a hot standby refuses writes.
 * The "is the replica up" flag is this process's own circuit breaker, not shared state.
 */
export function replicaFirstClient(replica: Sql, primary: Sql, onFailover: (error: unknown) => void = () => {}): Sql {
  let downUntil = 0;
  const run = <T>(use: (client: Sql) => PromiseLike<T>): Promise<T> => {
    if (Date.now() < downUntil) return Promise.resolve(use(primary));
    return Promise.resolve(use(replica)).catch((error: unknown) => {
      if (!isDatabaseUnavailable(error)) throw error;
      downUntil = Date.now() + RETRY_REPLICA_AFTER_MS;
      onFailover(error);
      return use(primary);
    });
  };
  return new Proxy(replica, {
    get(target, prop, receiver) {
      if (prop === "unsafe") {
        // drizzle awaits the query for rows, or calls .values() for arrays: both are run lazily, once.
        return (query: string, params?: unknown[], options?: Record<string, unknown>) => {
          const unsafe = (client: Sql) => client.unsafe(query, params as Parameters<Sql["unsafe"]>[1], options);
          let rows: Promise<unknown> | undefined;
          let values: Promise<unknown> | undefined;
          return {
            then: (ok?: (v: unknown) => unknown, fail?: (e: unknown) => unknown) =>
              (rows ??= run((c): PromiseLike<unknown> => unsafe(c))).then(ok, fail),
            values: () => (values ??= run((c): PromiseLike<unknown> => unsafe(c).values())),
          };
        };
      }
      if (prop === "begin" || prop === "savepoint" || prop === "reserve") return Reflect.get(primary, prop, primary) as unknown;
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

import type { Sql } from "postgres";

/**
 * The postgres.js client as drizzle should use it: drizzle sends every query through `unsafe`, which postgres.js
 * runs as an unnamed statement (parsed and planned again each time) unless told to prepare it. Prepared, each
 * connection plans a query once: a report's two statements (the quota and the insert with its CTE) are planned
 * once per connection instead of on every report. Transactions and savepoints get the same client.
 */
export function preparingClient<T extends Sql>(sql: T): T {
  return new Proxy(sql, {
    get(target, prop, receiver) {
      if (prop === "unsafe") {
        return (query: string, params?: unknown[], options?: Record<string, unknown>) =>
          target.unsafe(query, params as Parameters<Sql["unsafe"]>[1], { ...options, prepare: true });
      }
      if (prop === "begin" || prop === "savepoint") {
        return (...args: unknown[]) => {
          const last = args.length - 1;
          const run = args[last] as (tx: Sql) => unknown;
          args[last] = (tx: Sql) => run(preparingClient(tx));
          return Reflect.apply(Reflect.get(target, prop, target) as (...a: unknown[]) => unknown, target, args);
        };
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

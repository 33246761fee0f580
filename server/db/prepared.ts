import type { Db } from "./types";

/**
 * A statement built once per database handle and run many times with placeholders. Building is the
 * costly part of a drizzle query (a nested relational read takes milliseconds), so hot paths prepare.
 */
export function preparedPerDb<P>(build: (db: Db) => P): (db: Db) => P {
  const built = new WeakMap<Db, P>();
  return (db) => {
    let statement = built.get(db);
    if (!statement) {
      statement = build(db);
      built.set(db, statement);
    }
    return statement;
  };
}

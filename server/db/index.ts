export type { Db, Tx, Queryable, DriverName } from "./types";
export type { DbHandle } from "./connect";

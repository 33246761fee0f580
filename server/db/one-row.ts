/**
 * The row a statement must return (an insert's RETURNING, a lookup of a key just read or locked). None means a
 * broken invariant, not bad input: it throws here, named, instead of failing later on `undefined`.
 */
export function oneRow<T>(rows: readonly T[]): T {
  const row = rows[0];
  if (row === undefined) throw new Error("expected a row, the statement returned none");
  return row;
}

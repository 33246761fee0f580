import { TRPCError } from "@trpc/server";

/**
 * A server call's answer, or null when there is nothing at that address (NOT_FOUND) or the address or filter
 * is malformed (BAD_REQUEST); anything else — the database down, a bug — still propagates.
 */
export async function orNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) return null;
    throw error;
  }
}

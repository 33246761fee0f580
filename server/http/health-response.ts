import { getDb } from "@/server/app-db";
import { checkHealth } from "@/server/domain/health";

/** `GET /api/health`: 200 when the database answers, 503 when it does not; never cached. */
export async function healthResponse(): Promise<Response> {
  const health = await checkHealth(getDb);
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

import { createRequestContext } from "@/server/api/request-context";
import { DomainError } from "@/server/domain/errors";
import { incidentUpdatesFeed } from "@/server/domain/incident/updates-feed";
import { publicOrigin } from "@/server/api/public-origin";

export const dynamic = "force-dynamic";

/** Atom feed of public updates: ?incident=CODE, ?agency=slug or ?service=code. */
export async function GET(req: Request) {
  const ctx = await createRequestContext();
  const url = new URL(req.url);
  try {
    const xml = await incidentUpdatesFeed({ ctx, input: Object.fromEntries(url.searchParams), baseUrl: publicOrigin(req) });
    return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=60" } });
  } catch (error) {
    if (error instanceof DomainError && error.kind === "NOT_FOUND") return new Response("not found", { status: 404 });
    throw error;
  }
}

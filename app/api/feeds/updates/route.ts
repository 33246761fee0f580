import { withErrorResponses } from "@/server/http/http-errors";
import { publicOrigin } from "@/server/http/public-origin";
import { createRequestContext } from "@/server/http/request-context";
import { incidentUpdatesFeed } from "@/server/domain/incident/updates-feed";

export const dynamic = "force-dynamic";

/** Atom feed of public updates: ?incident=CODE, ?agency=slug or ?service=code. */
export const GET = withErrorResponses(async (req: Request) => {
  const ctx = await createRequestContext();
  const input = Object.fromEntries(new URL(req.url).searchParams);
  const xml = await incidentUpdatesFeed({ ctx, input, baseUrl: publicOrigin(req) });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=60" } });
});

import { withErrorResponses } from "@/server/http/http-errors";
import { publicOrigin } from "@/server/http/public-origin";
import { createRequestContext } from "@/server/http/request-context";
import { publishedReportsFeed } from "@/server/domain/report/feed";

export const dynamic = "force-dynamic";

/** Atom feed of published evaluation reports. */
export const GET = withErrorResponses(async (req: Request) => {
  const ctx = await createRequestContext();
  const xml = await publishedReportsFeed({ ctx, baseUrl: publicOrigin(req) });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" } });
});

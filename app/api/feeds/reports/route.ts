import { createRequestContext } from "@/server/api/request-context";
import { publishedReportsFeed } from "@/server/domain/report/feed";
import { publicOrigin } from "@/server/api/public-origin";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const ctx = await createRequestContext();
  const xml = await publishedReportsFeed({ ctx, baseUrl: publicOrigin(req) });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" } });
}

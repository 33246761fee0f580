import { createRequestContext } from "@/server/api/request-context";
import { publishedReportsFeed } from "@/server/domain/report/feed";
import { env } from "@/server/env";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const ctx = await createRequestContext();
  const xml = await publishedReportsFeed({ ctx, baseUrl: env.publicBaseUrl ?? new URL(req.url).origin });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" } });
}

import { withErrorResponses } from "@/server/api/http-errors";
import { createRequestContext } from "@/server/api/request-context";
import { exportDataset } from "@/server/domain/open-data/export";

export const dynamic = "force-dynamic";

/** Open data downloads: /api/data/incidents.csv, reports.json, complaint-counts.csv … */
export const GET = withErrorResponses(async (_req: Request, { params }: { params: Promise<{ file: string }> }) => {
  const [{ file }, ctx] = await Promise.all([params, createRequestContext()]);
  const out = await exportDataset({ ctx, input: { file } });
  return new Response(out.body, {
    headers: {
      "content-type": out.contentType,
      "content-disposition": `attachment; filename="${out.filename}"`,
      "cache-control": "public, max-age=300",
      "access-control-allow-origin": "*",
    },
  });
});

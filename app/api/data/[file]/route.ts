import { withErrorResponses } from "@/server/http/http-errors";
import { createRequestContext } from "@/server/http/request-context";
import { openDataResponse } from "@/server/http/open-data-response";
import { exportDataset } from "@/server/domain/open-data/export";

export const dynamic = "force-dynamic";

/** Open data downloads: /api/data/incidents.csv, reports.json, complaint-counts.csv … */
export const GET = withErrorResponses(async (_req: Request, { params }: { params: Promise<{ file: string }> }) => {
  const [{ file }, ctx] = await Promise.all([params, createRequestContext()]);
  return openDataResponse(await exportDataset({ ctx, input: { file } }));
});

import { withErrorResponses } from "@/server/http/http-errors";
import { createRequestContext } from "@/server/http/request-context";
import { openDataResponse } from "@/server/http/open-data-response";
import { exportEvidence } from "@/server/domain/report/evidence/export";

export const dynamic = "force-dynamic";

/** A published report's evidence pack as open data: /api/reports/<slug>/evidence.csv or evidence.json. */
export const GET = withErrorResponses(async (_req: Request, { params }: { params: Promise<{ slug: string; file: string }> }) => {
  const [{ slug, file }, ctx] = await Promise.all([params, createRequestContext()]);
  return openDataResponse(await exportEvidence({ ctx, input: { slug, file } }));
});

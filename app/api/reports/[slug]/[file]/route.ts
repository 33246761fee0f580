import { withErrorResponses } from "@/server/api/http-errors";
import { createRequestContext } from "@/server/api/request-context";
import { exportEvidence } from "@/server/domain/report/evidence/export";
import { notFound } from "@/server/domain/errors";

export const dynamic = "force-dynamic";

/** A published report's evidence pack as open data: /api/reports/<slug>/evidence.csv or evidence.json. */
export const GET = withErrorResponses(async (_req: Request, { params }: { params: Promise<{ slug: string; file: string }> }) => {
  const [{ slug, file }, ctx] = await Promise.all([params, createRequestContext()]);
  const format = /^evidence\.(csv|json)$/.exec(file)?.[1];
  if (format !== "csv" && format !== "json") throw notFound("file");
  const out = await exportEvidence({ ctx, input: { slug, format } });
  return new Response(out.body, {
    headers: {
      "content-type": out.contentType,
      "content-disposition": `attachment; filename="${out.filename}"`,
      "cache-control": "public, max-age=300",
      "access-control-allow-origin": "*",
    },
  });
});

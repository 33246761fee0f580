import { createRequestContext } from "@/server/api/request-context";
import { DomainError } from "@/server/domain/errors";
import { exportDataset } from "@/server/domain/open-data/export";

export const dynamic = "force-dynamic";

/** Open data downloads: /api/data/incidents.csv, reports.json, complaint-counts.csv … */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const [{ file }, ctx] = await Promise.all([params, createRequestContext()]);
  try {
    const out = await exportDataset({ ctx, input: { file } });
    return new Response(out.body, {
      headers: {
        "content-type": out.contentType,
        "content-disposition": `attachment; filename="${out.filename}"`,
        "cache-control": "public, max-age=300",
        "access-control-allow-origin": "*",
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.kind === "NOT_FOUND") return new Response("not found", { status: 404 });
    throw error;
  }
}

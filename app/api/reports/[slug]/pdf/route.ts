import { withErrorResponses } from "@/server/http/http-errors";
import { publicOrigin } from "@/server/http/public-origin";
import { createRequestContext } from "@/server/http/request-context";
import { publishedReportPdf } from "@/server/domain/report/pdf";

export const dynamic = "force-dynamic";

/** A published report as a PDF download; drafts and unknown slugs answer 404. */
export const GET = withErrorResponses(async (req: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const [{ slug }, ctx] = await Promise.all([params, createRequestContext()]);
  const pdf = await publishedReportPdf({ ctx, input: { slug }, baseUrl: publicOrigin(req) });
  return new Response(new Uint8Array(pdf.bytes), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${pdf.slug}-v${pdf.version}.pdf"`,
      "cache-control": "public, max-age=300",
    },
  });
});

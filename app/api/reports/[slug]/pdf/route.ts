import { createRequestContext } from "@/server/api/request-context";
import { DomainError } from "@/server/domain/errors";
import { publishedReportPdf } from "@/server/domain/report/pdf";
import { ZodError } from "zod";
import { publicOrigin } from "@/server/api/public-origin";

export const dynamic = "force-dynamic";

/** A published report as a PDF download; drafts and unknown slugs answer 404. */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const [{ slug }, ctx] = await Promise.all([params, createRequestContext()]);
  try {
    const pdf = await publishedReportPdf({ ctx, input: { slug }, baseUrl: publicOrigin(req) });
    return new Response(new Uint8Array(pdf.bytes), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${pdf.slug}-v${pdf.version}.pdf"`,
        "cache-control": "public, max-age=300",
      },
    });
  } catch (error) {
    if (error instanceof ZodError || (error instanceof DomainError && error.kind === "NOT_FOUND")) return new Response("not found", { status: 404 });
    throw error;
  }
}

import { withErrorResponses } from "@/server/http/http-errors";
import { createRequestContext } from "@/server/http/request-context";
import { readAttachmentForStaff } from "@/server/domain/attachment/read";

export const dynamic = "force-dynamic";

export const GET = withErrorResponses(async (_req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const [{ id }, ctx] = await Promise.all([params, createRequestContext()]);
  const file = await readAttachmentForStaff({ ctx, input: { attachmentId: id } });
  return new Response(file.bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": file.mimeType,
      "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      // A PDF or image from the public must not run anything in our origin.
      "content-security-policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
});

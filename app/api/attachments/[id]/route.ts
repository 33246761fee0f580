import { createRequestContext } from "@/server/api/request-context";
import { readAttachmentForStaff } from "@/server/domain/attachment/read";
import { DomainError } from "@/server/domain/errors";
import { ZodError } from "zod";

export const dynamic = "force-dynamic";

const STATUS = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404 } as Record<string, number>;

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const [{ id }, ctx] = await Promise.all([params, createRequestContext()]);
  try {
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
  } catch (error) {
    if (error instanceof ZodError) return new Response("not found", { status: 404 });
    if (error instanceof DomainError) return new Response(error.kind.toLowerCase(), { status: STATUS[error.kind] ?? 400 });
    throw error;
  }
}

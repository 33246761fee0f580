import { handleOpen311 } from "@/server/http/open311/handler";
import { publicOrigin } from "@/server/http/public-origin";
import { createRequestContext } from "@/server/http/request-context";

export const dynamic = "force-dynamic";

async function handler(req: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  return handleOpen311(req, path, createRequestContext, publicOrigin(req));
}

export { handler as GET, handler as POST };

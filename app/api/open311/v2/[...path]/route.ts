import { handleOpen311 } from "@/server/api/open311/handler";
import { publicOrigin } from "@/server/api/public-origin";
import { createRequestContext } from "@/server/api/request-context";

export const dynamic = "force-dynamic";

async function handler(req: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  return handleOpen311(req, path, createRequestContext, publicOrigin(req));
}

export { handler as GET, handler as POST };

import { handleOpen311 } from "@/server/api/open311/handler";
import { createRequestContext } from "@/server/api/request-context";
import { publicOrigin } from "@/server/api/public-origin";

export const dynamic = "force-dynamic";

async function handler(req: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const [{ path }, ctx] = await Promise.all([params, createRequestContext()]);
  return handleOpen311(req, path, ctx, publicOrigin(req));
}

export { handler as GET, handler as POST };

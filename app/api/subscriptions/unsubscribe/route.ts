import { withErrorResponses } from "@/server/http/http-errors";
import { createRequestContext } from "@/server/http/request-context";
import { unsubscribe } from "@/server/domain/subscription/unsubscribe";

export const dynamic = "force-dynamic";

/** RFC 8058 one-click unsubscribe: mail clients POST here (the token is in the query). */
export const POST = withErrorResponses(async (req: Request) => {
  const ctx = await createRequestContext();
  const token = new URL(req.url).searchParams.get("token") ?? "";
  const result = await unsubscribe({ ctx, input: { token } });
  return new Response(null, { status: result.unsubscribed ? 204 : 404 });
});

import { withErrorResponses } from "@/server/http/http-errors";
import { cookieValue } from "@/server/http/cookie-header";
import { MY_DATA_COOKIE } from "@/server/http/my-data-cookie";
import { createRequestContext } from "@/server/http/request-context";
import { myPersonalData } from "@/server/domain/privacy/personal-data";

export const dynamic = "force-dynamic";

/** Everything held about the verified reporter, as a JSON file (UU PDP art. 32: a copy of their data). */
export const GET = withErrorResponses(async (req: Request) => {
  const ctx = await createRequestContext();
  const session = cookieValue(req.headers.get("cookie"), MY_DATA_COOKIE) ?? "";
  const data = await myPersonalData({ ctx, input: { session } });
  const body = { exportedAt: ctx.now().toISOString(), controller: "Ombudsman Republik Indonesia (Sigap)", ...data };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="sigap-data-saya-${ctx.now().toISOString().slice(0, 10)}.json"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});

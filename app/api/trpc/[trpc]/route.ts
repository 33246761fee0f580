import { createRequestContext } from "@/server/http/request-context";
import { trpcHandler } from "@/server/http/trpc-handler";

const handler = trpcHandler(() => createRequestContext());

export { handler as GET, handler as POST };

import { createRequestContext } from "@/server/api/request-context";
import { trpcHandler } from "@/server/api/trpc-handler";

const handler = trpcHandler(() => createRequestContext());

export { handler as GET, handler as POST };

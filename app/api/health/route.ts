import { healthResponse } from "@/server/http/health-response";

export const dynamic = "force-dynamic";

export const GET = () => healthResponse();

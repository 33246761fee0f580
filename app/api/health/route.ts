import { healthResponse } from "@/server/api/health-response";

export const dynamic = "force-dynamic";

export const GET = () => healthResponse();

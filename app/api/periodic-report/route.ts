import { stringify } from "csv-stringify/sync";
import { withErrorResponses } from "@/server/http/http-errors";
import { createRequestContext } from "@/server/http/request-context";
import { getPeriodicReport, periodicReportRows } from "@/server/domain/stats/periodic-report";

export const dynamic = "force-dynamic";

/** The periodic report as CSV: /api/periodic-report?period=2020-Q4 */
export const GET = withErrorResponses(async (req: Request) => {
  const ctx = await createRequestContext();
  const period = new URL(req.url).searchParams.get("period") ?? "";
  const report = await getPeriodicReport({ ctx, input: { period } });
  return new Response(stringify(periodicReportRows(report)), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="sigap-laporan-berkala-${report.period}.csv"`,
    },
  });
});

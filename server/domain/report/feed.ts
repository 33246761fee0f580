import type { DomainCtx } from "@/server/domain/context";
import { atomXml } from "@/server/domain/feed/atom";
import { listPublishedReports } from "./list-published";

/** The Atom feed of published reports (and of corrections: an entry's `updated` is its latest version). */
export async function publishedReportsFeed({ ctx, baseUrl }: { ctx: DomainCtx; baseUrl: string }): Promise<string> {
  const reports = await listPublishedReports({ ctx, input: {} });
  return atomXml({
    title: "Ombudsman RI — Laporan hasil evaluasi (Sigap)",
    subtitle: "Laporan hasil evaluasi Ombudsman Republik Indonesia dan rekomendasinya.",
    id: `${baseUrl}/laporan`,
    link: `${baseUrl}/laporan`,
    self: `${baseUrl}/api/feeds/reports`,
    updated: reports[0]?.updatedAt ?? new Date(0),
    author: { name: "Ombudsman Republik Indonesia", uri: baseUrl },
    entries: reports.map((r) => {
      const url = `${baseUrl}/laporan/${r.slug}`;
      return { title: r.title, id: url, link: url, summary: r.summary, updated: r.updatedAt, published: r.publishedAt ?? undefined };
    }),
  });
}

import { Feed } from "feed";
import type { DomainCtx } from "../context";
import { listPublishedReports } from "./list-published";

/** The Atom feed of published reports (and of corrections: an entry's `updated` is its latest version). */
export async function publishedReportsFeed({ ctx, baseUrl }: { ctx: DomainCtx; baseUrl: string }): Promise<string> {
  const reports = await listPublishedReports({ ctx, input: {} });
  const feed = new Feed({
    title: "Ombudsman RI — Laporan hasil evaluasi (Sigap)",
    description: "Laporan hasil evaluasi Ombudsman Republik Indonesia dan rekomendasinya.",
    id: `${baseUrl}/laporan`,
    link: `${baseUrl}/laporan`,
    language: "id",
    updated: reports[0]?.updatedAt ?? new Date(0),
    feedLinks: { atom: `${baseUrl}/api/feeds/reports` },
    author: { name: "Ombudsman Republik Indonesia", link: baseUrl },
    copyright: "CC BY 4.0",
  });
  for (const r of reports) {
    const url = `${baseUrl}/laporan/${r.slug}`;
    feed.addItem({ title: r.title, id: url, link: url, description: r.summary, date: r.updatedAt, published: r.publishedAt });
  }
  return feed.atom1();
}

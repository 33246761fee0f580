import PDFDocument from "pdfkit";
import { marked, type Token, type Tokens } from "marked";
import { createTranslator } from "next-intl";
import { formatJakarta, formatWib } from "../../i18n/jakarta-time";
import { MESSAGES } from "../../i18n/messages";
import type { DomainCtx } from "../context";
import { getPublishedReport } from "./get-published";

export type PdfReport = {
  title: string;
  summary: string;
  bodyMd: string;
  findings: string;
  version: number;
  publishedLabel: string;
  url: string;
  sections: { summary: string; timeline: string; findings: string; maladministration: string; recommendations: string; versions: string };
  maladministration: string[];
  timeline: Array<{ at: string; text: string }>;
  recommendations: Array<{ heading: string; body: string; meta: string }>;
  versions: string[];
};

/** Inline Markdown as plain text: the PDF sets its own type, and nothing in it is ever interpreted as markup. */
function plain(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => {
      if ("tokens" in t && t.tokens) return plain(t.tokens) + (t.type === "link" ? ` (${(t as Tokens.Link).href})` : "");
      return "text" in t ? String(t.text) : "";
    })
    .join("");
}

function writeMarkdown(doc: PDFKit.PDFDocument, markdown: string) {
  for (const token of marked.lexer(markdown)) {
    switch (token.type) {
      case "heading":
        doc
          .moveDown(0.5)
          .font("Helvetica-Bold")
          .fontSize(token.depth <= 2 ? 13 : 11.5)
          .text(plain(token.tokens))
          .font("Helvetica")
          .fontSize(10.5);
        break;
      case "paragraph":
        doc.text(plain(token.tokens)).moveDown(0.5);
        break;
      case "list":
        (token as Tokens.List).items.forEach((item, i) =>
          doc.text(`${token.ordered ? `${Number(token.start || 1) + i}.` : "•"} ${plain(item.tokens)}`, { indent: 12 }),
        );
        doc.moveDown(0.5);
        break;
      case "blockquote":
        doc.fillColor("#444").text(plain(token.tokens), { indent: 18 }).fillColor("black").moveDown(0.5);
        break;
      case "code":
        doc.font("Courier").fontSize(9).text(token.text).font("Helvetica").fontSize(10.5).moveDown(0.5);
        break;
      case "table": {
        const table = token as Tokens.Table;
        doc
          .font("Helvetica-Bold")
          .text(table.header.map((c) => plain(c.tokens)).join("  |  "))
          .font("Helvetica");
        for (const row of table.rows) doc.text(row.map((c) => plain(c.tokens)).join("  |  "));
        doc.moveDown(0.5);
        break;
      }
      case "hr":
        doc.moveDown(0.5);
        break;
      default:
        if ("text" in token && token.type !== "space" && token.type !== "html") doc.text(String(token.text)).moveDown(0.5);
    }
  }
}

function section(doc: PDFKit.PDFDocument, title: string) {
  doc.moveDown(0.8).font("Helvetica-Bold").fontSize(14).text(title).font("Helvetica").fontSize(10.5).moveDown(0.3);
}

/** The published report as an A4 PDF, built from the same version the web page shows. */
export function renderReportPdf(r: PdfReport): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info: { Title: r.title, Author: "Ombudsman Republik Indonesia", Subject: r.url } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc
    .font("Helvetica-Bold")
    .fontSize(18)
    .text(r.title)
    .font("Helvetica")
    .fontSize(9)
    .fillColor("#444")
    .text(`${r.publishedLabel} · ${r.url}`)
    .fillColor("black")
    .fontSize(10.5);
  section(doc, r.sections.summary);
  writeMarkdown(doc, r.summary);
  if (r.bodyMd) writeMarkdown(doc, r.bodyMd);
  if (r.timeline.length) {
    section(doc, r.sections.timeline);
    for (const e of r.timeline) doc.text(`${e.at} — ${e.text}`);
  }
  section(doc, r.sections.findings);
  writeMarkdown(doc, r.findings);
  if (r.maladministration.length) doc.text(`${r.sections.maladministration}: ${r.maladministration.join(", ")}`);
  if (r.recommendations.length) {
    section(doc, r.sections.recommendations);
    for (const rec of r.recommendations) {
      doc.font("Helvetica-Bold").text(rec.heading).font("Helvetica").text(rec.body).fillColor("#444").text(rec.meta).fillColor("black").moveDown(0.5);
    }
  }
  section(doc, r.sections.versions);
  for (const v of r.versions) doc.text(v);
  doc.end();
  return done;
}

/** The PDF of a published report in the reader's language (labels and dates; the text is the report's own). */
export async function publishedReportPdf({ ctx, input, baseUrl }: { ctx: DomainCtx; input: unknown; baseUrl: string }) {
  const report = await getPublishedReport({ ctx, input });
  const messages = MESSAGES[ctx.locale];
  const t = createTranslator({ locale: ctx.locale, messages, namespace: "publicReport" });
  const root = createTranslator({ locale: ctx.locale, messages });
  const date = (d: Date) => formatJakarta(ctx.locale, d, { dateStyle: "long" });
  // Entries saved before times were validated may hold free text: print it as written rather than fail.
  const dateTime = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : formatWib(ctx.locale, iso));
  const bytes = await renderReportPdf({
    title: report.title,
    summary: report.summary,
    bodyMd: report.bodyMd,
    findings: report.findings,
    version: report.version,
    publishedLabel: `${t("published", { date: date(report.firstPublishedAt ?? new Date()) })} · ${t("version", { version: report.version })}`,
    url: `${baseUrl}/laporan/${report.slug}`,
    sections: {
      summary: t("summary"),
      timeline: t("timeline"),
      findings: t("findings"),
      maladministration: t("maladministration"),
      recommendations: t("recommendations"),
      versions: t("versions"),
    },
    maladministration: report.maladministrationTypes.map((m) => root(`maladministration.${m}` as never)),
    timeline: report.timeline.map((e) => ({ at: dateTime(e.at), text: e.text })),
    recommendations: report.recommendations.map((r) => ({
      heading: t("recommendationTo", { ordinal: r.ordinal, agency: r.agencyName }),
      body: r.body,
      meta: `${t("due", { date: date(r.dueAt) })} · ${t("status")}: ${root(`recommendationStatus.${r.status}` as never)}${r.overdue ? ` · ${t("overdue")}` : ""}`,
    })),
    versions: report.versions.map((v) =>
      v.isCorrection
        ? t("correctionLine", { version: v.version, date: date(v.publishedAt), note: v.correctionNote ?? "" })
        : t("versionLine", { version: v.version, date: date(v.publishedAt) }),
    ),
  });
  return { bytes, slug: report.slug, version: report.version };
}

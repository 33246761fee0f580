import PDFDocument from "pdfkit";
import { marked, type Token, type Tokens } from "marked";

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
        doc.moveDown(0.5).font("Helvetica-Bold").fontSize(token.depth <= 2 ? 13 : 11.5).text(plain(token.tokens)).font("Helvetica").fontSize(10.5);
        break;
      case "paragraph":
        doc.text(plain(token.tokens)).moveDown(0.5);
        break;
      case "list":
        (token as Tokens.List).items.forEach((item, i) => doc.text(`${token.ordered ? `${Number(token.start || 1) + i}.` : "•"} ${plain(item.tokens)}`, { indent: 12 }));
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
        doc.font("Helvetica-Bold").text(table.header.map((c) => plain(c.tokens)).join("  |  ")).font("Helvetica");
        for (const row of table.rows) doc.text(row.map((c) => plain(c.tokens)).join("  |  "));
        doc.moveDown(0.5);
        break;
      }
      case "hr":
        doc.moveDown(0.5);
        break;
      default:
        if ("text" in token && token.type !== "space") doc.text(String(token.text)).moveDown(0.5);
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
  doc.font("Helvetica-Bold").fontSize(18).text(r.title).font("Helvetica").fontSize(9).fillColor("#444").text(`${r.publishedLabel} · ${r.url}`).fillColor("black").fontSize(10.5);
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

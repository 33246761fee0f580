import path from "node:path";
import PDFDocument from "pdfkit";
import type { z } from "zod";
import { marked, type Token, type Tokens } from "marked";
import { createTranslator } from "next-intl";
import { formatJakarta, formatWib } from "@/server/i18n/jakarta-time";
import { MESSAGES } from "@/server/i18n/messages";
import type { DomainCtx } from "@/server/domain/context";
import { getPublishedReport } from "./get-published";
import type { reportSlugInput } from "./schemas";
import { barsChart, seriesChart, type BarsChart, type SeriesChart } from "@/server/charts/evidence-chart";
import { durationParts, labelledCounts, milestoneList, outageRanges, seriesDescValues, seriesTick } from "@/server/charts/evidence-labels";
import type { EvidencePack } from "./evidence/pack";
import type { Locale } from "@/server/db/schema/constants";
import { translator } from "@/server/i18n/translator";

export type PdfReport = {
  title: string;
  /** BCP 47 language of the document (id-ID, en-GB). */
  lang: string;
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
  evidence: PdfEvidence | null;
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

// Embedded, not the PDF base fonts: every reader shows the same glyphs, Indonesian and English alike.
const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const FONTS = { regular: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf", mono: "DejaVuSansMono.ttf" } as const;

/** Text written into the document's structure tree (tagged PDF): headings, paragraphs and figures a screen reader can follow. */
function tagged(doc: PDFKit.PDFDocument) {
  const root = doc.struct("Document");
  doc.addStructure(root);
  const write = (type: string, text: string, font: keyof typeof FONTS, size: number, options: PDFKit.Mixins.TextOptions = {}) =>
    doc
      .font(font)
      .fontSize(size)
      .text(text, { ...options, structParent: root, structType: type } as PDFKit.Mixins.TextOptions);
  return {
    root,
    h1: (text: string) => write("H1", text, "bold", 18),
    h2: (text: string) => (doc.moveDown(0.8), write("H2", text, "bold", 14), doc.moveDown(0.3)),
    h3: (text: string) => (doc.moveDown(0.5), write("H3", text, "bold", 11.5)),
    p: (text: string, options: PDFKit.Mixins.TextOptions & { font?: keyof typeof FONTS; size?: number; color?: string } = {}) => {
      const { font = "regular", size = 10.5, color = "black", ...rest } = options;
      doc.fillColor(color);
      write("P", text, font, size, rest);
      doc.fillColor("black");
    },
    /** A drawing with its text alternative; `height` is reserved on the page first so it never splits. */
    figure: (alt: string, height: number, draw: (top: number) => void) => {
      if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const top = doc.y;
      root.add(doc.struct("Figure", { alt }, () => draw(top)));
      doc.x = doc.page.margins.left;
      doc.y = top + height;
      doc.moveDown(0.5);
    },
  };
}
type Writer = ReturnType<typeof tagged>;

function writeMarkdown(w: Writer, markdown: string) {
  for (const token of marked.lexer(markdown)) {
    switch (token.type) {
      case "heading":
        w.h3(plain(token.tokens));
        break;
      case "paragraph":
        w.p(plain(token.tokens));
        break;
      case "list":
        (token as Tokens.List).items.forEach((item, i) =>
          w.p(`${token.ordered ? `${Number(token.start || 1) + i}.` : "•"} ${plain(item.tokens)}`, { indent: 12 }),
        );
        break;
      case "blockquote":
        w.p(plain(token.tokens), { indent: 18, color: "#444" });
        break;
      case "code":
        w.p((token as Tokens.Code).text, { font: "mono", size: 9 });
        break;
      case "table": {
        const table = token as Tokens.Table;
        w.p(table.header.map((c) => plain(c.tokens)).join("  |  "), { font: "bold" });
        for (const row of table.rows) w.p(row.map((c) => plain(c.tokens)).join("  |  "));
        break;
      }
      case "hr":
        break;
      default:
        if ("text" in token && token.type !== "space" && token.type !== "html") w.p(String(token.text));
    }
  }
}

/** The evidence charts as vector drawings from the same geometry as the web page's SVG, scaled to the text width. */
function writeEvidence(doc: PDFKit.PDFDocument, w: Writer, e: PdfEvidence) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  w.h2(e.title);
  w.p(e.intro, { size: 9, color: "#444" });
  const series = e.series;
  if (series) {
    const chart = series.chart;
    const k = width / chart.width;
    w.h3(series.title);
    w.figure(series.alt, chart.height * k, (top) => {
      const X = (x: number) => left + x * k;
      const Y = (y: number) => top + y * k;
      for (const s of chart.shaded) doc.rect(X(s.x), Y(chart.plot.top), s.width * k, chart.plot.height * k).fill("#fecaca");
      for (const b of chart.bars) doc.rect(X(b.x), Y(b.y), Math.max(b.width * k, 0.5), b.height * k).fill(b.count === null ? "#94a3b8" : "#0f5e59");
      const bottom = Y(chart.plot.top + chart.plot.height);
      doc
        .moveTo(X(chart.plot.left), bottom)
        .lineTo(X(chart.plot.left + chart.plot.width), bottom)
        .lineWidth(0.5)
        .stroke("#334155");
      doc.fillColor("#334155").font("regular").fontSize(7);
      doc.text(String(chart.max), left, Y(chart.plot.top), { width: X(chart.plot.left) - left - 3, align: "right", lineBreak: false });
      for (const t of series.ticks) doc.text(t.label, X(t.x), bottom + 3, { lineBreak: false });
      doc.fillColor("black");
    });
    if (series.outageNote) w.p(series.outageNote, { size: 9 });
    w.p(series.withheldNote, { size: 8, color: "#444" });
  }
  for (const bars of e.bars) {
    const k = width / bars.chart.width;
    w.h3(bars.title);
    w.figure(bars.alt, bars.chart.height * k, (top) => {
      for (const r of bars.chart.rows) {
        const y = top + r.y * k;
        doc.fillColor("#0f172a").font("regular").fontSize(8).text(r.label, left, y, { lineBreak: false, width });
        doc.rect(left, y + 16 * k, Math.max(r.barWidth * k, 0.5), 12 * k).fill(r.count === null ? "#94a3b8" : "#0f5e59");
        doc
          .fillColor("#334155")
          .fontSize(7.5)
          .text(r.count === null ? bars.withheld : String(r.count), left + r.barWidth * k + 4, y + 16 * k, { lineBreak: false });
      }
      doc.fillColor("black");
    });
  }
  for (const block of e.lists) {
    w.h3(block.title);
    for (const line of block.lines) w.p(line, { size: 9.5 });
  }
}

export type PdfEvidence = {
  title: string;
  intro: string;
  series: {
    title: string;
    alt: string;
    chart: SeriesChart;
    ticks: Array<{ x: number; label: string }>;
    outageNote: string | null;
    withheldNote: string;
  } | null;
  bars: Array<{ title: string; alt: string; chart: BarsChart; withheld: string }>;
  lists: Array<{ title: string; lines: string[] }>;
};

/** The published report as an A4 PDF, built from the same version the web page shows. */
export function renderReportPdf(r: PdfReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    pdfVersion: "1.7",
    tagged: true,
    lang: r.lang,
    displayTitle: true,
    font: path.join(FONT_DIR, FONTS.regular),
    info: { Title: r.title, Author: "Ombudsman Republik Indonesia", Subject: r.url },
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, path.join(FONT_DIR, file));
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const w = tagged(doc);
  w.h1(r.title);
  w.p(`${r.publishedLabel} · ${r.url}`, { size: 9, color: "#444" });
  w.h2(r.sections.summary);
  writeMarkdown(w, r.summary);
  if (r.bodyMd) writeMarkdown(w, r.bodyMd);
  if (r.timeline.length) {
    w.h2(r.sections.timeline);
    for (const e of r.timeline) w.p(`${e.at} — ${e.text}`);
  }
  w.h2(r.sections.findings);
  writeMarkdown(w, r.findings);
  if (r.maladministration.length) w.p(`${r.sections.maladministration}: ${r.maladministration.join(", ")}`);
  if (r.evidence) writeEvidence(doc, w, r.evidence);
  if (r.recommendations.length) {
    w.h2(r.sections.recommendations);
    for (const rec of r.recommendations) {
      w.p(rec.heading, { font: "bold" });
      w.p(rec.body);
      w.p(rec.meta, { color: "#444" });
      doc.moveDown(0.5);
    }
  }
  w.h2(r.sections.versions);
  for (const v of r.versions) w.p(v);
  w.root.end();
  doc.end();
  return done;
}

/** The PDF of a published report in the reader's language (labels and dates; the text is the report's own). */
export async function publishedReportPdf({ ctx, input, baseUrl }: { ctx: DomainCtx; input: z.input<typeof reportSlugInput>; baseUrl: string }) {
  const report = await getPublishedReport({ ctx, input });
  const messages = MESSAGES[ctx.locale];
  const t = createTranslator({ locale: ctx.locale, messages, namespace: "publicReport" });
  const root = translator(ctx.locale);
  const date = (d: Date) => formatJakarta(ctx.locale, d, { dateStyle: "long" });
  // Entries saved before times were validated may hold free text: print it as written rather than fail.
  const dateTime = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : formatWib(ctx.locale, iso));
  const bytes = await renderReportPdf({
    title: report.title,
    lang: ctx.locale === "id" ? "id-ID" : "en-GB",
    evidence: report.evidence ? pdfEvidence(report.evidence, ctx.locale) : null,
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
    maladministration: report.maladministrationTypes.map((m) => root(`maladministration.${m}`)),
    timeline: report.timeline.map((e) => ({ at: dateTime(e.at), text: e.text })),
    recommendations: report.recommendations.map((r) => ({
      heading: t("recommendationTo", { ordinal: r.ordinal, agency: r.agencyName }),
      body: r.body,
      meta: `${t("due", { date: date(r.dueAt) })} · ${t("status")}: ${root(`recommendationStatus.${r.status}`)}${r.overdue ? ` · ${t("overdue")}` : ""}`,
    })),
    versions: report.versions.map((v) =>
      v.isCorrection
        ? t("correctionLine", { version: v.version, date: date(v.publishedAt), note: v.correctionNote ?? "" })
        : t("versionLine", { version: v.version, date: date(v.publishedAt) }),
    ),
  });
  return { bytes, slug: report.slug, version: report.version };
}

/** The evidence pack's charts and lists with their words in the reader's language. */
function pdfEvidence(pack: EvidencePack, locale: Locale): PdfEvidence {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "publicReport.evidence" });
  const root = translator(locale);
  const wib = (at: string) => formatWib(locale, at);
  const has = (part: EvidencePack["parts"][number]) => pack.parts.includes(part);
  const chart = has("hourly") ? seriesChart(pack) : null;
  const facts = seriesDescValues(pack, locale);
  const ranges = outageRanges(pack, locale);
  const counts = labelledCounts(pack, locale);
  const first = pack.milestones.firstReport;
  const bars = (["channels", "categories", "places"] as const)
    .filter((key) => has(key) && counts[key].length > 0)
    .map((key) => ({
      title: t(key),
      alt: `${t(key)}: ${counts[key].map((r) => `${r.label} ${r.count ?? t("withheld")}`).join("; ")}`,
      chart: barsChart(counts[key]),
      withheld: t("withheld"),
    }));
  const lists = [
    has("milestones") && {
      title: t("milestones"),
      lines: milestoneList(pack).map(
        (m) =>
          `${t(`milestone.${m.key}`)}: ${m.at ? wib(m.at) : t("notYet")}${m.source ? ` (${t(`restoredBy.${m.source}`)})` : ""}` +
          (m.at && first && m.key !== "firstReport" ? ` — ${t("after", { duration: t("duration", durationParts(first, m.at)) })}` : ""),
      ),
    },
    has("clarifications") &&
      pack.clarifications.length > 0 && {
        title: t("clarifications"),
        lines: pack.clarifications.map(
          (c) =>
            `${c.agency[locale]} · ${t("sent")} ${wib(c.sentAt)} · ${t("due")} ${wib(c.dueAt)} · ${t("answered")} ${c.answeredAt ? wib(c.answeredAt) : t("notYet")} · ` +
            `${t("tookValue", { days: c.workingDays, limit: c.limitWorkingDays })} · ${t(`within.${c.withinDeadline === null ? "open" : c.withinDeadline ? "yes" : "no"}`)}`,
        ),
      },
    has("recommendations") &&
      pack.recommendations.length > 0 && {
        title: t("recommendations"),
        lines: pack.recommendations.map(
          (r) =>
            `${r.ordinal}. ${r.agency[locale]} · ${t("due")} ${formatJakarta(locale, r.dueAt, { dateStyle: "medium" })} · ${root(`recommendationStatus.${r.status}`)}`,
        ),
      },
  ].filter((l) => l !== false);
  return {
    title: t("title"),
    intro: `${t("computed", { date: wib(pack.computedAt) })} ${t("totalReports", { count: pack.totalReports })}`,
    series:
      chart && facts
        ? {
            title: t("seriesTitle", { unit: pack.series.unit }),
            alt: [t("seriesDesc", facts), ranges ? t("seriesOutage", { ranges }) : ""].join(" "),
            chart,
            ticks: chart.ticks.map((k) => ({ x: k.x, label: seriesTick(pack, locale, k.at) })),
            outageNote: ranges ? t("seriesOutage", { ranges }) : null,
            withheldNote: t("withheldNote"),
          }
        : null,
    bars,
    lists,
  };
}

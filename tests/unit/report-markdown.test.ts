import { describe, expect, it } from "vitest";
import { renderReportMarkdown } from "@/server/domain/report/markdown";

describe("report Markdown rendering", () => {
  it("keeps document structure", () => {
    const html = renderReportMarkdown(
      "# Judul\n\n## Kronologi\n\n- satu\n- **dua**\n\n[Ombudsman](https://ombudsman.go.id)\n\n| a | b |\n|---|---|\n| 1 | 2 |",
    );
    expect(html).toContain("<h2>Judul</h2>");
    expect(html).toContain("<h2>Kronologi</h2>");
    expect(html).toContain("<li><strong>dua</strong></li>");
    expect(html).toContain('<a href="https://ombudsman.go.id" rel="noopener noreferrer nofollow">Ombudsman</a>');
    expect(html).toContain("<td>2</td>");
  });

  it.each([
    ["<script>alert(1)</script>", /<script/i],
    ['<img src=x onerror="alert(1)">', /onerror|<img/i],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/i],
    ["[x](javascript:alert(1))", /javascript:/i],
    ['<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['<svg onload="alert(1)"><circle/></svg>', /<svg|onload/i],
    ['<p style="background:url(javascript:alert(1))">x</p>', /style=|javascript:/i],
    ['<a href="//evil.example">x</a>', /evil\.example/],
    ["<form action=/x><input name=a></form>", /<form|<input/i],
    ['<div onmouseover="alert(1)">x</div>', /onmouseover/i],
  ])("neutralises %s", (payload, forbidden) => {
    expect(renderReportMarkdown(`Teks.\n\n${payload}\n\nAkhir.`)).not.toMatch(forbidden);
  });
});

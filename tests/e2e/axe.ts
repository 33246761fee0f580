import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";

/** axe's serious and critical WCAG 2.1 A/AA violations on the page as it is now, each with up to three of its nodes. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

/**
 * axe on markup a script-less browser received: axe is itself a script, so it runs in a scripted page showing
 * exactly that markup (its scripts removed) at the same address.
 */
export async function seriousViolationsOf(browser: Browser, url: string, html: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "id-ID" });
  const page = await context.newPage();
  const at = `${url}${url.includes("?") ? "&" : "?"}axe`;
  await page.route(at, (route) => route.fulfill({ contentType: "text/html", body: html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "") }));
  await page.goto(at);
  const violations = await seriousViolations(page);
  await context.close();
  return violations;
}

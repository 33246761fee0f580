import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { publicPages } from "./public-pages";

const baseUrl = inject("baseUrl");
const VNU_JAR = path.resolve(import.meta.dirname, "../../node_modules/vnu-jar/build/dist/vnu.jar");

type VnuMessage = { type: string; subType?: string; message: string; url: string; extract?: string };

/** Pages that answer 404 and must still be a whole, valid page (rendered by the page itself, not Next's error shell). */
const NOT_FOUND_PAGES = ["/insiden/TIDAK-ADA", "/track/ZZZZ-ZZZZ-Z9"];

describe("the public pages' HTML", () => {
  it("has no error for the Nu HTML Checker (vnu.jar), in Indonesian and in English", { timeout: 120_000 }, async () => {
    const pages = await publicPages(baseUrl);
    const both = [...pages, ...NOT_FOUND_PAGES];
    const all = [...both, ...both.map((p) => (p === "/" ? "/en" : `/en${p}`))];
    const dir = mkdtempSync(path.join(tmpdir(), "sigap-vnu-"));
    try {
      const files: string[] = [];
      for (const page of all) {
        const res = await fetch(`${baseUrl}${page}`);
        expect(res.status, page).toBe(NOT_FOUND_PAGES.some((p) => page.endsWith(p)) ? 404 : 200);
        const file = path.join(dir, `${files.length}.html`);
        writeFileSync(file, await res.text());
        files.push(file);
      }
      const run = spawnSync("java", ["-jar", VNU_JAR, "--format", "json", "--exit-zero-always", "--stdout", ...files], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(run.status, run.stderr).toBe(0);
      const { messages } = JSON.parse(run.stdout) as { messages: VnuMessage[] };
      const pageOf = (url: string) => all[Number(path.basename(url, ".html"))];
      const errors = messages.filter((m) => m.type === "error").map((m) => `${pageOf(m.url)}: ${m.message} (${m.extract ?? ""})`);
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

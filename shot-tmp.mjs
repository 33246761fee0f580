import { chromium } from "playwright-core";
const base = "http://localhost:3500";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
page.on("console", (m) => { if (m.type() === "error") console.log("CONSOLE", m.text()); });
await page.goto(base + "/signin");
await page.getByLabel("Email").fill("admin@sigap.example");
await page.locator("#password").fill("sigap-demo-2020");
await page.locator("main").getByRole("button", { name: /^(Masuk|Sign in)$/ }).click();
await page.waitForURL(/\/(dashboard|agency)$/);
for (const [path, file] of process.argv.slice(2).map((a) => a.split("="))) {
  await page.goto(base + path, { waitUntil: "networkidle" });
  await page.screenshot({ path: file, fullPage: true });
  console.log("shot", path, file);
}
await browser.close();

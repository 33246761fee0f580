import { chromium, type Browser, type Page } from "playwright-core";

const EXECUTABLE = "/usr/bin/chromium";

/** Debian's chromium, headless, with no background network traffic. Playwright gives it a fresh temporary profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/** A desktop-sized context in Bahasa Indonesia, as Ombudsman and agency staff work. */
export function desktopContext(browser: Browser) {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "id-ID" });
}

/** A phone-sized page in a fresh context (no cookies, no IndexedDB from other tests). */
export async function phonePage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "id-ID", hasTouch: true, isMobile: true });
  return context.newPage();
}

/** Signs a demo account in through the real sign-in form. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel("Email").fill(email);
  await page.locator("#password").fill(password);
  await page
    .locator("main")
    .getByRole("button", { name: /^(Masuk|Sign in)$/ })
    .click();
  await page.waitForURL(/\/(dashboard|agency)$/);
}

/** Opens the demo's e-HAC surge incident from the queue, filtered to e-HAC on 19–20 Dec 2020. */
export async function openEhacIncident(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/console`);
  await page.locator('select[name="serviceId"]').selectOption({ label: "e-HAC (Kartu Kewaspadaan Kesehatan Elektronik)" });
  await page.locator('input[name="from"]').fill("2020-12-19");
  await page.locator('input[name="to"]').fill("2020-12-21");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await page.waitForURL(/serviceId=/);
  await page.getByTestId("queue").locator("li").first().getByRole("link", { name: /^INC-/ }).click();
  await page.waitForURL(/\/console\/incidents\//);
}

/** Fills the public report form up to the description: an e-HAC outage at Terminal 3. */
export async function fillReport(page: Page, baseUrl: string, description: string) {
  await page.goto(`${baseUrl}/lapor`);
  // The server's form (native selects) becomes the typing pickers once the scripts run.
  await page.locator('form[data-enhanced="true"]').waitFor();
  await page.getByText("Sistem atau server gangguan").click();
  await page.locator("#serviceId").fill("e-HAC");
  await page.getByRole("button", { name: /e-HAC \(Kartu Kewaspadaan/ }).click();
  await page.locator("#placeId").fill("terminal 3");
  await page.getByRole("button", { name: /Terminal 3 Bandara/ }).click();
  await page.locator("#description").fill(description);
}

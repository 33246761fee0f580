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
  await page.locator("main").getByRole("button", { name: /^(Masuk|Sign in)$/ }).click();
  await page.waitForURL(/\/dashboard$/);
}

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { jpegWithGps } from "@/tests/helpers/images";
import { fillReport, launchBrowser, phonePage } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function totalComplaints(page: Page): Promise<number> {
  await page.goto(baseUrl);
  return Number((await page.getByTestId("stat-total").textContent())?.replace(/\D/g, ""));
}

describe("public reporting on a phone", () => {
  it("files a complaint in Bahasa Indonesia with a photo, gets a tracking code, and sees it received", async () => {
    const page = await phonePage(browser);
    await fillReport(page, baseUrl, "Server e-HAC mati sejak pagi, petugas menyuruh kami mengisi formulir kertas lagi. Antrean berdesakan.");
    await page.locator("#attachments").setInputFiles({ name: "antrean.jpg", mimeType: "image/jpeg", buffer: Buffer.from(await jpegWithGps()) });
    expect(await page.getByTestId("file-list").textContent()).toContain("antrean.jpg");
    await page.locator("#contactEmail").fill("pelapor.satu@example.com");
    await page.getByRole("button", { name: "Kirim laporan" }).click();

    await page.getByTestId("confirmation").waitFor();
    const code = (await page.getByTestId("tracking-code").textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);

    await page.getByRole("link", { name: "Lihat status laporan" }).click();
    await page.waitForURL(new RegExp(`/track/${code}$`));
    expect(await page.getByTestId("public-status").textContent()).toBe("Diterima");
    expect(await page.getByText("1 lampiran").count()).toBe(1);
    expect(await page.content()).not.toContain("pelapor.satu@example.com");

    // The same code typed loosely into the tracking form finds it.
    await page.goto(`${baseUrl}/track`);
    await page.locator("#code").fill(code.toLowerCase().replaceAll("-", " "));
    await page.getByRole("button", { name: "Lacak" }).click();
    await page.waitForURL(/\/track\/.+/);
    expect(await page.getByTestId("public-status").textContent()).toBe("Diterima");
    await page.context().close();
  });

  it("shows a second reporter on the same service that it was already reported, and lets them join it", async () => {
    const page = await phonePage(browser);
    await fillReport(page, baseUrl, "Saya juga di Terminal 3: QR e-HAC tidak bisa dipindai dan antrean mengular sampai pintu masuk.");
    const similar = page.getByTestId("similar-reports");
    await similar.waitFor();
    expect(await similar.textContent()).toContain("Sudah dilaporkan?");
    await similar.getByRole("button", { name: "Saya juga mengalami ini" }).first().click();
    expect(await page.getByTestId("joining").textContent()).toContain("Anda ikut melaporkan");
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    await page.getByTestId("confirmation").waitFor();
    expect(await page.getByTestId("confirmation").textContent()).toContain("digabungkan dengan laporan lain");
    await page.context().close();

    // A third visitor now sees one incident grouping both reports.
    const third = await phonePage(browser);
    await fillReport(third, baseUrl, "Masih antre di Terminal 3 karena e-HAC gangguan, sudah satu jam lebih.");
    const panel = third.getByTestId("similar-reports");
    await panel.waitFor();
    await expect.poll(() => panel.textContent(), { timeout: 5000 }).toMatch(/2 laporan/);
    await third.context().close();
  });

  it("keeps the draft on the device across a reload", async () => {
    const page = await phonePage(browser);
    await fillReport(page, baseUrl, "Draf ini harus tetap ada setelah halaman dimuat ulang di antrean.");
    await page.locator("#contactName").fill("Dewi Anggraini");
    await page.waitForTimeout(300); // the draft is written to IndexedDB asynchronously
    await page.reload();
    await expect.poll(() => page.locator("#description").inputValue()).toBe("Draf ini harus tetap ada setelah halaman dimuat ulang di antrean.");
    expect(await page.locator("#contactName").inputValue()).toBe("Dewi Anggraini");
    expect(await page.getByTestId("serviceId-selected").textContent()).toContain("e-HAC");
    await page.context().close();
  });

  it("keeps what was typed into the form before its scripts arrived, once they take over", async () => {
    const page = await phonePage(browser);
    // A slow network: the page and its form are there, its scripts are not yet.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl}/lapor`, { waitUntil: "domcontentloaded" });
    await page.getByLabel("Sistem atau server gangguan").check();
    await page.locator("select#serviceId").selectOption({ label: "e-HAC (Kartu Kewaspadaan Kesehatan Elektronik)" });
    await page.locator("#description").fill("Diketik sebelum skrip tiba: antrean e-HAC di Terminal 3 sudah satu jam.");
    await page.locator("#contactName").fill("Sari");
    release();
    await page.locator('form[data-enhanced="true"]').waitFor();
    expect(await page.locator("#description").inputValue()).toBe("Diketik sebelum skrip tiba: antrean e-HAC di Terminal 3 sudah satu jam.");
    expect(await page.locator("#contactName").inputValue()).toBe("Sari");
    expect(await page.getByTestId("serviceId-selected").textContent()).toContain("e-HAC");
    expect(await page.getByLabel("Sistem atau server gangguan").isChecked()).toBe(true);
    await page.context().close();
  });

  it("loses nothing when the connection drops after sending, and stores exactly one complaint after the retry", async () => {
    const page = await phonePage(browser);
    const before = await totalComplaints(page);
    await fillReport(page, baseUrl, "Koneksi di bandara putus-putus, tapi laporan ini harus tersimpan tepat satu kali saja.");

    let attempts = 0;
    await page.route("**/api/trpc/complaint.submit**", async (route) => {
      attempts += 1;
      if (attempts === 1) {
        // The server receives and stores it, but the answer never reaches the phone.
        await route.fetch();
        await route.abort("connectionreset");
        return;
      }
      await route.continue();
    });
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    await page.getByTestId("confirmation").waitFor({ timeout: 20_000 });
    expect(attempts).toBe(2);
    await page.unroute("**/api/trpc/complaint.submit**");

    // The public count shows it within the cache's freshness (a version read later, at most 2 s), and only once:
    // a duplicate would make it before + 2 and never equal this.
    await expect.poll(() => totalComplaints(page), { timeout: 10_000 }).toBe(before + 1);
    await page.context().close();
  });

  it("shows field errors in place, keeps what was typed, and works in English", async () => {
    const page = await phonePage(browser);
    await page.goto(`${baseUrl}/lapor`);
    await page.getByRole("button", { name: "Ganti bahasa ke English" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await page.locator('form[data-enhanced="true"]').waitFor();
    await page.locator("#description").fill("too short");
    await page.locator("#contactEmail").fill("not-an-email");
    await page.getByRole("button", { name: "Send report" }).click();
    await page.getByTestId("form-error").waitFor();
    expect(await page.locator('[data-field-error="category"]').textContent()).toContain("Choose what kind of problem");
    expect(await page.locator('[data-field-error="description"]').textContent()).toContain("20 characters");
    expect(await page.locator('[data-field-error="contactEmail"]').textContent()).toContain("not valid");
    expect(await page.locator("#description").inputValue()).toBe("too short");
    expect(await page.locator("#contactEmail").inputValue()).toBe("not-an-email");
    await page.context().close();
  });
});

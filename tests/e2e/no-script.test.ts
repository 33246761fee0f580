import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/server/seed/reference-data";
import { desktopContext, launchBrowser, signIn } from "./browser";
import { seriousViolationsOf } from "./axe";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** A phone whose browser runs no script at all (a data-saver proxy, or a bundle that never arrived). */
async function phoneWithoutScripts(): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: "id-ID",
    hasTouch: true,
    isMobile: true,
    javaScriptEnabled: false,
  });
  return context.newPage();
}

/** The server's form, filled by hand: radios, grouped selects, text. */
async function fillPlainForm(page: Page, description: string) {
  await page.goto(`${baseUrl}/lapor`);
  await page.getByLabel("Sistem atau server gangguan").check();
  await page.locator("select#serviceId").selectOption({ label: "e-HAC (Kartu Kewaspadaan Kesehatan Elektronik)" });
  await page.locator("select#placeId").selectOption({ label: "Terminal 3 Bandara Soekarno-Hatta (Tangerang)" });
  await page.locator("#addressText").fill("Dekat konter check-in D");
  await page.locator("#description").fill(description);
}

describe("reporting with JavaScript off", () => {
  it("files a report from the plain form, answers with its tracking code, and the tracking page shows it", async () => {
    const page = await phoneWithoutScripts();
    await fillPlainForm(page, "Tanpa JavaScript: server e-HAC mati, semua penumpang disuruh mengisi kertas lagi.");
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    await page.waitForURL(/\/track\/[0-9A-Z-]+\?notice=sent$/);
    const code = (await page.getByTestId("tracking-code").textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}$/);
    expect(await page.getByTestId("public-status").textContent()).toBe("Diterima");

    // Found again by typing the code into the lookup form (a plain GET), also without scripts.
    await page.goto(`${baseUrl}/track`);
    await page.locator("#code").fill(code.toLowerCase());
    await page.getByRole("button", { name: "Lacak" }).click();
    await page.waitForURL(/\/track\/[^?]+$/);
    expect(await page.getByText("server e-HAC mati, semua penumpang disuruh mengisi kertas lagi").count()).toBe(1);
    expect(await page.getByText("Layanan").count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it("answers a refused form with field errors and everything typed, then files it once corrected", async () => {
    const page = await phoneWithoutScripts();
    await fillPlainForm(page, "terlalu pendek");
    await page.locator("#contactEmail").fill("bukan-email");
    await page.locator("#contactName").fill("Rahmat Hidayat");
    await page.locator('input[name="confidential"]').uncheck();
    await page.locator("#attachments").setInputFiles({ name: "bukti.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    const answer = page.waitForResponse((r) => r.request().method() === "POST");
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    // The answer holds what this person typed (their contact too): no cache may keep it.
    expect((await answer).headers()["cache-control"]).toContain("no-store");
    await page.waitForLoadState();

    await page.getByTestId("form-error").waitFor();
    expect(await page.getByTestId("form-error").textContent()).toContain("1 berkas tidak ikut tersimpan");
    expect(await page.locator('[data-field-error="description"]').textContent()).toContain("minimal 20 karakter");
    expect(await page.locator('[data-field-error="contactEmail"]').textContent()).toContain("Alamat email tidak valid");
    // Everything typed is back: text, the grouped selects, the radio and the unticked box.
    expect(await page.locator("#description").inputValue()).toBe("terlalu pendek");
    expect(await page.locator("#contactEmail").inputValue()).toBe("bukan-email");
    expect(await page.locator("#contactName").inputValue()).toBe("Rahmat Hidayat");
    expect(await page.locator("#addressText").inputValue()).toBe("Dekat konter check-in D");
    expect(await page.locator("select#serviceId option:checked").textContent()).toBe("e-HAC (Kartu Kewaspadaan Kesehatan Elektronik)");
    expect(await page.locator("select#placeId option:checked").textContent()).toBe("Terminal 3 Bandara Soekarno-Hatta (Tangerang)");
    expect(await page.getByLabel("Sistem atau server gangguan").isChecked()).toBe(true);
    expect(await page.locator('input[name="confidential"]').isChecked()).toBe(false);
    // The answer carries a key of its own now, so a repeated post of the corrected form files one report.
    expect(await page.locator('input[name="idempotencyKey"]').inputValue()).toMatch(/^form_[A-Za-z0-9_-]{20,}$/);

    await page.locator("#description").fill("Sudah diperbaiki: antrean e-HAC di Terminal 3 lebih dari satu jam tanpa kejelasan.");
    await page.locator("#contactEmail").fill("rahmat@example.com");
    await page.getByRole("button", { name: "Coba kirim lagi" }).click();
    await page.waitForURL(/\/track\/[0-9A-Z-]+\?notice=sent$/);
    expect(await page.getByTestId("public-status").textContent()).toBe("Diterima");
    // Nothing of the reporter's contact is shown on the public tracking page.
    expect(await page.content()).not.toContain("rahmat@example.com");
    await page.context().close();
  });

  it("files one report when the same plain form is posted twice (a double tap, or a reload of the answer)", async () => {
    const page = await phoneWithoutScripts();
    const again = await phoneWithoutScripts();
    for (const p of [page, again]) {
      await fillPlainForm(p, "Kiriman ganda tanpa JavaScript harus tetap menjadi satu laporan saja di sistem.");
      await p.locator("#occurredAt").fill("2026-11-30T08:15");
    }
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    await page.waitForURL(/notice=sent$/);
    const first = (await page.getByTestId("tracking-code").textContent())!.trim();
    await again.getByRole("button", { name: "Kirim laporan" }).click();
    await again.waitForURL(/notice=sent$/);
    expect((await again.getByTestId("tracking-code").textContent())!.trim()).toBe(first);
    await page.context().close();
    await again.context().close();
  });

  it("sends the more information the Ombudsman asked for, from the tracking page, without scripts", async () => {
    // An investigator's queue names a case waiting for its reporter (the demo holds some).
    const staff = await (await desktopContext(browser)).newPage();
    await signIn(staff, baseUrl, "investigator@sigap.example", DEMO_PASSWORD);
    await staff.goto(`${baseUrl}/console?stage=awaiting_reporter`);
    const code = (await staff.getByTestId("queue").locator("li a.font-mono").first().textContent())!.trim();
    await staff.context().close();

    const page = await phoneWithoutScripts();
    await page.goto(`${baseUrl}/track/${code}`);
    await page.getByRole("button", { name: "Kirim informasi" }).click();
    await page.waitForLoadState();
    expect(await page.locator('[data-field-error="info-body"]').textContent()).toContain("Tulis informasi tambahan Anda");
    await page.locator("#info-body").fill("Nomor penerbangan saya GA-402, antre di konter D sejak 06.00 WIB.");
    await page.getByRole("button", { name: "Kirim informasi" }).click();
    await page.waitForURL(/notice=info_added$/);
    expect(await page.getByTestId("notice").textContent()).toBe("Terima kasih, informasi Anda sudah diterima.");
    expect(await page.getByText("Nomor penerbangan saya GA-402").count()).toBe(1);
    await page.context().close();
  });

  it("has no serious or critical accessibility violation on the plain form, blank or sent back with errors", async () => {
    const page = await phoneWithoutScripts();
    await page.goto(`${baseUrl}/lapor`);
    const blank = await page.content();
    await page.getByRole("button", { name: "Kirim laporan" }).click();
    await page.getByTestId("form-error").waitFor();
    const refused = await page.content();
    await page.context().close();
    // axe is itself a script: it runs in a scripted page showing exactly the markup the script-less phone got.
    expect(await seriousViolationsOf(browser, `${baseUrl}/lapor`, blank)).toEqual([]);
    expect(await seriousViolationsOf(browser, `${baseUrl}/lapor`, refused)).toEqual([]);
  });
});

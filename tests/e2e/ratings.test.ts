import { randomBytes } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/server/seed/reference-data";
import { desktopContext, launchBrowser, phonePage, signIn } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("rating the handling of a closed case", () => {
  it("a reporter rates from the tracking page once it closes, and the agency's scorecard shows the average at the fifth rating", async () => {
    // The demo's KAI Commuter cases carry four ratings: its scorecard says how many, not an average.
    const reporter = await phonePage(browser);
    await reporter.goto(`${baseUrl}/instansi/kai-commuter`);
    expect(await reporter.getByTestId("score-rating-few").textContent()).toMatch(/^4 penilaian/);
    expect(await reporter.getByTestId("score-rating-average").count()).toBe(0);

    const token = `nilai${randomBytes(4).toString("hex")}`;
    await reporter.goto(`${baseUrl}/lapor`);
    await reporter.locator('form[data-enhanced="true"]').waitFor();
    await reporter.getByText("Kerumunan atau antrean panjang").click();
    await reporter.locator("#serviceId").fill("KRL");
    await reporter.getByRole("button", { name: /KRL Commuter Line Jabodetabek/ }).click();
    await reporter.locator("#description").fill(`Antrean tiket KRL di loket sangat panjang pagi ini, hanya satu loket buka (${token}).`);
    await reporter.getByRole("button", { name: "Kirim laporan" }).click();
    await reporter.getByTestId("confirmation").waitFor();
    const code = (await reporter.getByTestId("tracking-code").textContent())!.trim();
    await reporter.goto(`${baseUrl}/track/${code}`);
    expect(await reporter.getByTestId("rating").count()).toBe(0);

    // An investigator declines it through the procedure: the case is closed.
    const staff = await (await desktopContext(browser)).newPage();
    await signIn(staff, baseUrl, "investigator@sigap.example", DEMO_PASSWORD);
    await staff.goto(`${baseUrl}/console?q=${token}`);
    await staff.getByTestId("queue").locator("li").first().getByRole("link", { name: code }).click();
    await staff.waitForURL(/\/console\/complaints\//);
    await staff.locator('select[name="action"]').selectOption("start_verification");
    await staff.getByRole("button", { name: "Jalankan" }).click();
    await expect.poll(() => staff.getByTestId("stage").textContent()).toBe("Verifikasi formil");
    await staff.locator('select[name="action"]').selectOption("decline");
    await staff.getByLabel("Alasan (internal)").fill("Sudah ditangani langsung oleh operator.");
    await staff.getByLabel("Pesan untuk pelapor (tampil di halaman pelacakan)").fill("Laporan Anda ditutup: operator sudah menambah loket.");
    await staff.getByRole("button", { name: "Jalankan" }).click();
    await expect.poll(() => staff.getByTestId("stage").textContent()).toBe("Ditutup");

    // The reporter is asked; a rating without a score is refused in place, with what was typed kept.
    await reporter.goto(`${baseUrl}/track/${code}`);
    const form = reporter.getByTestId("rating");
    await form.getByLabel("Komentar (tidak wajib)").fill("Loket baru dibuka setelah dua jam.");
    await form.getByRole("button", { name: "Kirim penilaian" }).click();
    expect(await form.locator('[data-field-error="score"]').textContent()).toBe("Pilih nilai 1 sampai 5.");
    expect(await form.getByLabel("Komentar (tidak wajib)").inputValue()).toBe("Loket baru dibuka setelah dua jam.");
    await form.getByText("2 — buruk").click();
    await form.getByRole("button", { name: "Kirim penilaian" }).click();
    await reporter.getByTestId("rating-saved").waitFor();
    await reporter.reload();
    expect(await reporter.getByTestId("own-rating").textContent()).toMatch(/^Penilaian Anda: 2 dari 5\. Dapat diubah sampai /);

    // The fifth rating: the scorecard now shows the average and the spread; the comment is nowhere public.
    await reporter.goto(`${baseUrl}/instansi/kai-commuter`);
    expect(await reporter.getByTestId("score-rating-average").textContent()).toMatch(/^Rata-rata \d(,\d)? dari 5 \(5 penilaian\)$/);
    expect(await reporter.getByRole("table", { name: "Sebaran nilai" }).isVisible()).toBe(true);
    expect(await reporter.content()).not.toContain("Loket baru dibuka setelah dua jam");

    // Staff see the score and comment on the case; a low score waits on the dashboard until someone has looked.
    await staff.reload();
    expect(await staff.getByTestId("staff-rating").textContent()).toContain("Loket baru dibuka setelah dua jam.");
    await staff.goto(`${baseUrl}/dashboard`);
    const low = staff.getByTestId("low-ratings").getByRole("link", { name: `${code}: 2 dari 5` });
    await low.click();
    await staff.waitForURL(/\/console\/complaints\//);
    await staff.getByRole("button", { name: "Tandai sudah ditinjau" }).click();
    await staff
      .getByTestId("staff-rating")
      .getByText(/^Sudah ditinjau/)
      .waitFor();
    await staff.goto(`${baseUrl}/dashboard`);
    await staff.getByTestId("low-ratings").waitFor();
    expect(
      await staff
        .getByTestId("low-ratings")
        .getByRole("link", { name: `${code}: 2 dari 5` })
        .count(),
    ).toBe(0);
    await staff.context().close();
    await reporter.context().close();

    // Changed within the 14 days from a phone without scripts: the plain form answers a refusal with the field's
    // error and what was typed, then takes the change.
    const plain = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "id-ID", javaScriptEnabled: false })).newPage();
    await plain.goto(`${baseUrl}/track/${code}`);
    const again = plain.getByTestId("rating");
    expect(await again.getByLabel("5 — sangat baik").isChecked()).toBe(false);
    expect(await again.getByLabel("2 — buruk").isChecked()).toBe(true);
    await again.getByLabel("3 — cukup").check();
    await again.getByLabel("Komentar (tidak wajib)").fill("x".repeat(1001));
    await again.getByRole("button", { name: "Ubah penilaian" }).click();
    await plain.getByTestId("rating").locator('[data-field-error="rating-comment"]').waitFor();
    expect(await plain.getByTestId("rating").locator('[data-field-error="rating-comment"]').textContent()).toBe(
      "Komentar paling banyak 1.000 karakter.",
    );
    expect(await plain.getByTestId("rating").getByLabel("3 — cukup").isChecked()).toBe(true);
    await plain.getByTestId("rating").getByLabel("Komentar (tidak wajib)").fill("Sudah lebih baik.");
    await plain.getByTestId("rating").getByRole("button", { name: "Ubah penilaian" }).click();
    await plain.waitForURL(/notice=rated/);
    expect(await plain.getByTestId("own-rating").textContent()).toMatch(/^Penilaian Anda: 3 dari 5\./);
    await plain.context().close();
  });
});

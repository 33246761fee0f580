import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/server/seed/reference-data";
import { seriousViolations } from "./axe";
import { desktopContext, fillReport, launchBrowser, phonePage, signIn } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;
let staff: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  staff = await (await desktopContext(browser)).newPage();
  await signIn(staff, baseUrl, "investigator@sigap.example", DEMO_PASSWORD);
});
afterAll(() => browser?.close());

/** In demo mode mail is not sent but shown to staff: the code the reporter would read in their inbox. */
async function mailTo(address: string, subject: RegExp): Promise<string> {
  let found = "";
  await expect
    .poll(
      async () => {
        await staff.goto(`${baseUrl}/console/mail`);
        const item = staff.getByTestId("mailbox").locator("li").filter({ hasText: address }).filter({ hasText: subject });
        found = (await item.count()) > 0 ? ((await item.first().textContent()) ?? "") : "";
        return found;
      },
      { timeout: 20_000, interval: 1000 },
    )
    .toMatch(subject);
  return found;
}

describe("a reporter's personal data", () => {
  it("from the tracking page, a one-time code at the contact on file opens everything held, downloaded as JSON; an erasure request is decided by an admin and the reporter is told", async () => {
    const token = `pdp${Date.now().toString(36)}`;
    const email = `${token}@example.com`;
    const reporter = await phonePage(browser);
    const errors: string[] = [];
    reporter.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await fillReport(reporter, baseUrl, `Loket e-HAC ${token} tutup tanpa pemberitahuan, penumpang disuruh mengisi kertas.`);
    await reporter.locator("#contactName").fill("Wulan Pelapor");
    await reporter.locator("#contactEmail").fill(email);
    await reporter.getByRole("button", { name: "Kirim laporan" }).click();
    await reporter.getByTestId("confirmation").waitFor();
    const code = (await reporter.getByTestId("tracking-code").textContent())!.trim();

    await reporter.goto(`${baseUrl}/track/${code}`);
    await reporter.getByTestId("my-data-link").click();
    await reporter.waitForURL(/\/data-saya\?code=/);
    expect(await reporter.getByLabel("Kode pelacakan").inputValue()).toBe(code);
    await reporter.getByTestId("request-by-code").getByRole("button", { name: "Kirim kode" }).click();
    await reporter.getByLabel("Kode verifikasi (6 angka)").waitFor();
    expect(await reporter.content()).not.toContain(email);

    const mail = await mailTo(email, /Kode verifikasi Sigap: \d{6}/);
    const otp = mail.match(/Kode verifikasi Sigap: (\d{6})/)![1]!;

    // A wrong code is refused on its field, and the page still takes the right one.
    await reporter.getByLabel("Kode verifikasi (6 angka)").fill(otp === "000000" ? "111111" : "000000");
    await reporter.getByRole("button", { name: "Lihat data saya" }).click();
    await reporter.locator('[data-field-error="my-data-otp"]').waitFor();
    expect(await reporter.locator('[data-field-error="my-data-otp"]').textContent()).toContain("Kode salah atau sudah kedaluwarsa");
    await reporter.getByLabel("Kode verifikasi (6 angka)").fill(otp);
    await reporter.getByRole("button", { name: "Lihat data saya" }).click();
    await reporter.getByTestId("held-complaint").waitFor();
    expect(await reporter.getByTestId("held-email").textContent()).toBe(email);
    expect(await reporter.getByTestId("held-name").textContent()).toBe("Wulan Pelapor");
    expect(await reporter.getByTestId("my-requests").textContent()).toContain("Akses data · dikabulkan");
    expect(await seriousViolations(reporter)).toEqual([]);

    const [download] = await Promise.all([reporter.waitForEvent("download"), reporter.getByTestId("download-json").click()]);
    expect(download.suggestedFilename()).toMatch(/^sigap-data-saya-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), "utf8")) as {
      complaints: Array<{
        trackingCode: string;
        contact: { name: string; email: string };
        report: { description: string };
        requests: Array<{ kind: string }>;
      }>;
    };
    expect(exported.complaints).toHaveLength(1);
    expect(exported.complaints[0]).toMatchObject({
      trackingCode: code,
      contact: { name: "Wulan Pelapor", email },
      report: { description: expect.stringContaining(token) },
      requests: [expect.objectContaining({ kind: "access" })],
    });

    // The reporter asks for erasure; the form goes away while the request waits.
    await reporter.getByText("Minta penghapusan data pribadi").click();
    await reporter.getByTestId("request-erasure").getByLabel("Catatan (boleh dikosongkan)").fill("Saya tidak ingin nama saya disimpan.");
    await reporter.getByRole("button", { name: "Kirim permintaan penghapusan" }).click();
    await reporter.getByTestId("notice").waitFor();
    expect(await reporter.getByTestId("my-requests").textContent()).toContain("Penghapusan · menunggu");
    expect(await reporter.getByTestId("request-erasure").count()).toBe(0);

    // The admin sees the deadline on the dashboard and decides in the queue.
    const admin = await (await desktopContext(browser)).newPage();
    admin.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await signIn(admin, baseUrl, "admin@sigap.example", DEMO_PASSWORD);
    await admin.goto(`${baseUrl}/dashboard`);
    expect(await admin.getByTestId("privacy-deadlines").textContent()).toMatch(/[1-9]\d* menunggu/);
    await admin.getByRole("link", { name: "Buka antrean permintaan" }).click();
    await admin.waitForURL(/\/admin\/privasi$/);
    expect(await seriousViolations(admin)).toEqual([]);
    // The file is the reporter's only: no cookie, or a staff member's, gets nothing.
    expect((await admin.request.get(`${baseUrl}/api/privacy/export`)).status()).toBe(401);
    expect((await reporter.context().request.get(`${baseUrl}/api/privacy/export`)).status()).toBe(200);
    const item = admin.getByTestId("privacy-queue").locator("li").filter({ hasText: code });
    expect(await item.textContent()).toContain("Pemeriksaan laporan ini masih berjalan");
    expect(await item.textContent()).toContain("Saya tidak ingin nama saya disimpan.");
    expect(await item.textContent()).not.toContain(email);
    await item.getByRole("button", { name: "Kabulkan" }).click();
    await item.locator('[data-field-error^="reason-"]').waitFor(); // no reason: refused on its field
    const reason = `Data pribadi dihapus atas permintaan pelapor (${token}).`;
    await item.getByLabel("Alasan keputusan").fill(reason);
    await item.getByRole("button", { name: "Kabulkan" }).click();
    await admin.getByTestId("privacy-decided").getByText(reason).waitFor();
    expect(await admin.getByTestId("privacy-queue").locator("li").filter({ hasText: code }).count()).toBe(0);

    // The reporter is told, at the address that was just erased from the case.
    const told = await mailTo(email, /dikabulkan/);
    expect(told).toContain(code);
    // Their session ended with the erasure; a new code can no longer be sent, as there is no contact left.
    await reporter.goto(`${baseUrl}/data-saya`);
    await reporter.getByTestId("request-by-code").waitFor();
    await reporter.getByLabel("Kode pelacakan").fill(code);
    await reporter.getByTestId("request-by-code").getByRole("button", { name: "Kirim kode" }).click();
    await reporter.getByTestId("notice").waitFor();
    expect(await reporter.getByTestId("notice").textContent()).toContain("tidak menyimpan surel atau nomor telepon");

    // Staff see the contact gone too.
    await staff.goto(`${baseUrl}/console?q=${token}`);
    await staff
      .getByTestId("queue")
      .locator("li")
      .first()
      .getByRole("link", { name: /^[0-9A-Z]{4}-/ })
      .click();
    await staff.waitForURL(/\/console\/complaints\//);
    expect(await staff.content()).not.toContain(email);
    // The admin's refused attempt (no reason) is the one 400 expected.
    expect(errors).toEqual([expect.stringContaining("400")]);
  });
});

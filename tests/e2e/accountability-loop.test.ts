import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_PASSWORD } from "@/server/seed/reference-data";
import { desktopContext, launchBrowser, openEhacIncident, signIn } from "./browser";

const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const desktop = () => desktopContext(browser);

/** Markup an author might paste, or an attacker might try: none of it may run on the public page. */
const HOSTILE_MARKDOWN = [
  "## Kronologi gangguan",
  "",
  "- Pembaca e-HAC di Terminal 2 dan 3 tidak dapat menjangkau server.",
  "- Penumpang diminta mengisi ulang kartu kertas.",
  "",
  '<script>window.__xss = "script"</script>',
  '<img src="x" onerror="window.__xss = \'img\'">',
  "<iframe src=\"javascript:window.__xss='iframe'\"></iframe>",
  "[tautan berbahaya](javascript:window.__xss='link')",
  '<a href="https://ombudsman.go.id" onclick="window.__xss=\'click\'">Ombudsman RI</a>',
].join("\n");

describe("the accountability loop with the Ministry of Health", () => {
  it("request → Kemenkes answers (and no other agency sees it) → report with two recommendations → admin publishes → anyone reads it and downloads the PDF", async () => {
    const staffContext = await desktop();
    const staff = await staffContext.newPage();
    await signIn(staff, baseUrl, "investigator@sigap.example", DEMO_PASSWORD);
    await openEhacIncident(staff, baseUrl);
    const incidentUrl = staff.url();
    await staff.locator('select[name="agencyId"]').selectOption({ label: "Kementerian Kesehatan" });
    await staff
      .locator('textarea[name="questions"]')
      .fill("Mohon jelaskan mengapa server e-HAC tidak dapat dijangkau dari Bandara Soekarno-Hatta pada 19–20 Desember 2020.");
    await staff.getByRole("button", { name: "Kirim permintaan" }).click();
    await expect.poll(() => staff.getByTestId("clarifications").textContent()).toContain("Menunggu jawaban");

    // Another agency's responder sees nothing of it.
    const otherContext = await desktop();
    const other = await otherContext.newPage();
    await signIn(other, baseUrl, "ap2@sigap.example", DEMO_PASSWORD);
    expect(await other.getByTestId("agency-inbox").count()).toBe(0);
    expect(await other.content()).not.toContain("server e-HAC tidak dapat dijangkau");
    await otherContext.close();

    const agencyContext = await desktop();
    const agency = await agencyContext.newPage();
    await signIn(agency, baseUrl, "kemenkes@sigap.example", DEMO_PASSWORD);
    // Each request is named by what it is about (the incident, or a report's kind, service, place and day), not "request no. 1".
    await agency.getByTestId("request-subject").first().waitFor();
    const subjects = await agency.getByTestId("agency-inbox").getByTestId("request-subject").allTextContents();
    expect(subjects.length).toBeGreaterThan(0);
    for (const subject of subjects) expect(subject).toMatch(/^INC-[0-9A-Z]+ — .+|^.+ · .+/);
    expect(subjects.some((subject) => subject.includes("e-HAC"))).toBe(true);
    await agency.getByTestId("agency-inbox").locator("li", { hasText: "Menunggu jawaban" }).getByRole("link").first().click();
    await agency.waitForURL(/\/agency\/requests\//);
    expect(await agency.getByTestId("questions").textContent()).toContain("server e-HAC");
    await agency
      .locator("#answer")
      .fill("Server e-HAC mengalami gangguan basis data; layanan dipulihkan pukul 14.20 WIB dan cadangan formulir kertas disiapkan.");
    await agency.getByRole("button", { name: "Kirim jawaban" }).click();
    await expect.poll(() => agency.locator("main").textContent()).toContain("Sudah dijawab");
    await agencyContext.close();

    // The job worker delivered both notifications; in demo mode they are read on the staff mailbox page.
    const mailbox = async () => (await staff.goto(`${baseUrl}/console/mail`), await staff.getByTestId("mailbox").textContent());
    await expect
      .poll(mailbox, { timeout: 20_000, interval: 1000 })
      .toMatch(/Permintaan klarifikasi baru dari Ombudsman[^·]*Kepada: kemenkes@sigap\.example · [^·]+ · Terkirim/);
    await expect
      .poll(mailbox, { timeout: 20_000, interval: 1000 })
      .toMatch(/Jawaban klarifikasi diterima dari Kementerian Kesehatan[^·]*Kepada: investigator@sigap\.example · [^·]+ · Terkirim/);

    await staff.goto(incidentUrl);
    await expect.poll(() => staff.getByTestId("clarifications").textContent()).toContain("dipulihkan pukul 14.20 WIB");

    // The investigator drafts the evaluation report from the incident; its timeline is prefilled from the data.
    await staff.getByTestId("draft-report").click();
    await staff.waitForURL(/\/console\/reports\/new/);
    await staff.locator("#report-title").fill("Evaluasi gangguan e-HAC di Bandara Soekarno-Hatta, 19–20 Desember 2020");
    await staff.getByRole("button", { name: "Buat draf" }).click();
    await staff.waitForURL(/\/console\/reports\/[0-9a-f-]{36}$/);
    const reportUrl = staff.url();
    expect(await staff.getByLabel("Peristiwa").count()).toBeGreaterThanOrEqual(3);
    await staff
      .locator("#summary")
      .fill(
        "Server e-HAC Kementerian Kesehatan tidak dapat dijangkau selama dua hari; penumpang mengisi ulang formulir di kertas dan antrean padat terbentuk.",
      );
    await staff.locator("#bodyMd").fill(HOSTILE_MARKDOWN);
    await staff.locator("#findings").fill("Tidak ada rencana cadangan ketika server e-HAC tidak tersedia.");
    await staff.getByLabel("Penundaan berlarut").check();
    await staff.getByRole("button", { name: "Simpan" }).click();
    await expect.poll(() => staff.getByRole("status").textContent()).toContain("Tersimpan");

    const addRecommendation = async (agency: string, body: string, due: string) => {
      await staff.locator("#rec-agency").selectOption({ label: agency });
      await staff.locator("#rec-body").fill(body);
      await staff.locator("#rec-due").fill(due);
      await staff.getByRole("button", { name: "Tambah rekomendasi" }).click();
      await expect.poll(() => staff.getByTestId("recommendations").textContent()).toContain(body);
    };
    await addRecommendation("Kementerian Kesehatan", "Siapkan server cadangan e-HAC dan prosedur darurat tertulis.", "2021-03-31");
    await addRecommendation("PT Angkasa Pura II (Persero)", "Sediakan jalur antrean terpisah saat sistem kesehatan gangguan.", "2021-02-28");
    await staff.getByRole("button", { name: "Ajukan untuk ditinjau" }).click();
    await expect.poll(() => staff.getByTestId("report-status").textContent()).toBe("Ditinjau");
    await staffContext.close();

    // An admin reviews and publishes.
    const adminContext = await desktop();
    const admin = await adminContext.newPage();
    await signIn(admin, baseUrl, "admin@sigap.example", DEMO_PASSWORD);
    await admin.goto(reportUrl);
    await admin.getByRole("button", { name: "Terbitkan" }).click();
    await expect.poll(() => admin.getByTestId("report-status").textContent()).toBe("Terbit");
    // The editor now holds the published version: a correction can be saved at once (it was refused as
    // "changed meanwhile"), and the page says that saving prepares a correction.
    expect(await admin.getByTestId("correction-hint").count()).toBe(1);
    await admin.locator("#summary").fill("Ringkasan yang dikoreksi setelah terbit.");
    await admin.getByRole("button", { name: "Simpan" }).click();
    await expect.poll(() => admin.getByRole("status").allTextContents(), { timeout: 10_000 }).toContain("Tersimpan.");
    const publicUrl = new URL((await admin.getByTestId("public-link").getAttribute("href"))!, baseUrl).toString();
    await adminContext.close();

    // An anonymous visitor reads it at its public address: the Markdown is rendered, nothing in it runs.
    const visitorContext = await desktop();
    const visitor = await visitorContext.newPage();
    await visitor.goto(publicUrl);
    expect(await visitor.locator("h1").textContent()).toContain("Evaluasi gangguan e-HAC");
    expect(await visitor.getByTestId("recommendation").count()).toBe(2);
    const body = visitor.getByTestId("report-body");
    expect(await body.locator("h2").textContent()).toBe("Kronologi gangguan");
    expect(await body.locator("li").count()).toBe(2);
    expect(await body.locator("script, iframe, img, [onerror], [onclick], a[href^='javascript']").count()).toBe(0);
    expect(await body.getByRole("link", { name: "Ombudsman RI" }).getAttribute("href")).toBe("https://ombudsman.go.id");
    expect(await visitor.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();

    const [download] = await Promise.all([visitor.waitForEvent("download"), visitor.getByRole("link", { name: "Unduh PDF" }).click()]);
    const pdf = await readFile(await download.path());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(2000);
    expect(download.suggestedFilename()).toMatch(/^evaluasi-gangguan-e-hac.*-v1\.pdf$/);
    await visitorContext.close();
  });
});

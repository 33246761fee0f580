import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import MailComposer from "nodemailer/lib/mail-composer";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBuiltApp, type RunningApp } from "@/scripts/lib/app-process";
import { DEMO_PASSWORD } from "@/server/seed/reference-data";
import { hasDovecot, startDovecot } from "@/tests/helpers/dovecot";
import { startSmtpSink } from "@/tests/helpers/smtp";
import { desktopContext, launchBrowser, signIn } from "./browser";

/**
 * Email as a reporting channel, end to end: the built app polls a real IMAP mailbox (Dovecot) and sends
 * through a real SMTP listener; an investigator works the case in Chromium.
 */
const INTAKE = "pengaduan@sigap.test";
const REPORTER = "rina.pelapor@warga.test";
let dovecot: Awaited<ReturnType<typeof startDovecot>>;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let app: RunningApp;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  if (!hasDovecot) return;
  dovecot = await startDovecot(["pengaduan"]);
  sink = await startSmtpSink();
  dataDir = mkdtempSync(path.join(tmpdir(), "sigap-mail-e2e-"));
  app = await startBuiltApp(
    {
      DATABASE_URL: "",
      PGLITE_DIR: path.join(dataDir, "pglite"),
      DATA_DIR: dataDir,
      IMAP_URL: dovecot.url("pengaduan"),
      IMAP_POLL_SECONDS: "1",
      SMTP_URL: sink.url,
      MAIL_FROM: "Sigap Ombudsman <no-reply@sigap.test>",
      MAIL_REPLY_TO: INTAKE,
    },
    undefined,
    undefined,
    path.join(dataDir, "app.log"),
  );
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  if (!hasDovecot) return;
  await browser?.close();
  await app?.stop();
  await sink?.stop();
  await dovecot?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const found = await probe();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe.skipIf(!hasDovecot)("reports by email, in a real browser (skipped without dovecot-imapd; CI installs it)", () => {
  it("a mail becomes an email report in the queue, the investigator's message reaches the sender in the same thread, and the answer lands on the case", async () => {
    const story = `Mesin pembaca e-HAC di gerbang ${Date.now().toString(36)} tidak bisa terhubung ke server; kami disuruh mengisi kertas lagi.`;
    const firstId = `<pertama-${Date.now()}@warga.test>`;
    const first = await new MailComposer({
      from: `Rina Pelapor <${REPORTER}>`,
      to: INTAKE,
      subject: "e-HAC mati di Terminal 3",
      text: story,
      messageId: firstId,
    })
      .compile()
      .build();
    await dovecot.deliver("pengaduan", first);

    const page = await (await desktopContext(browser)).newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await signIn(page, app.url, "investigator@sigap.example", DEMO_PASSWORD);
    // The worker polls the mailbox every second; the queue, filtered to email, shows the report.
    const row = await until("the email report in the queue", async () => {
      await page.goto(`${app.url}/console?channel=email`);
      const item = page
        .getByTestId("queue")
        .locator("li")
        .filter({ hasText: story.slice(0, 60) });
      return (await item.count()) === 1 && item;
    });
    await expect(row.getByTestId("channel").textContent()).resolves.toBe("Surel");
    await row.getByRole("link", { name: /^[0-9A-Z]{4}-/ }).click();
    await page.waitForURL(/\/console\/complaints\//);
    await expect(page.getByTestId("channel").textContent()).resolves.toBe("Melalui Surel");
    const code = (await page.locator("h1").textContent())!.match(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{2}/)![0];

    // The sender got the tracking code in the thread of their mail.
    const ack = await until("the acknowledgement", async () =>
      sink.messages.find((m) => m.to && !Array.isArray(m.to) && m.to.text === REPORTER && m.subject?.includes(code)),
    );
    expect(ack.inReplyTo).toBe(firstId);

    await page.locator("#message-body").fill("Di gerbang mana tepatnya, dan pukul berapa?");
    await page.getByRole("button", { name: "Kirim pesan" }).click();
    await expect(page.getByText("Di gerbang mana tepatnya, dan pukul berapa?").first().waitFor()).resolves.toBeUndefined();
    const question = await until("the investigator's message by mail", async () =>
      sink.messages.find((m) => m.text?.includes("Di gerbang mana tepatnya")),
    );
    expect(question.inReplyTo).toBe(firstId);
    expect([question.references].flat()).toContain(firstId);
    expect(question.replyTo?.text).toBe(INTAKE);

    // The reporter answers from their mail client.
    const answer = await new MailComposer({
      from: `Rina Pelapor <${REPORTER}>`,
      to: INTAKE,
      subject: `Re: ${question.subject}`,
      text: "Gerbang keberangkatan internasional, sekitar pukul 06.30 WIB.",
      inReplyTo: question.messageId,
      references: [firstId, question.messageId!],
    })
      .compile()
      .build();
    await dovecot.deliver("pengaduan", answer);
    await until("the answer on the case", async () => {
      await page.reload();
      return (await page.getByText("Gerbang keberangkatan internasional, sekitar pukul 06.30 WIB.").count()) > 0;
    });
    // Still one report from this sender: the answer is a message on the case, not a new complaint.
    await page.goto(`${app.url}/console?channel=email&q=${encodeURIComponent("e-HAC")}`);
    await expect(
      page
        .getByTestId("queue")
        .locator("li")
        .filter({ hasText: story.slice(0, 60) })
        .count(),
    ).resolves.toBe(1);
    expect(errors).toEqual([]);
    // The intake logged each message it handled, and never the sender's address.
    const log = readFileSync(path.join(dataDir, "app.log"), "utf8");
    expect(log).toContain("mail intake: message");
    expect(log).not.toContain(REPORTER);
  });
});

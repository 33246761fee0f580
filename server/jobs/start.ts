import type PgBoss from "pg-boss";
import { env } from "@/server/env";
import type { DbHandle } from "@/server/db/connect";
import { mailboxSender, smtpMailSender } from "@/server/domain/notification/mail-sender";
import { checkNetwork } from "@/server/domain/monitor/http-check";
import { startJobWorker } from "./worker";

/** The addresses Sigap sends from: a mail from them (a bounce of our own, a forwarding loop) is no report. */
function ownAddresses(): string[] {
  return [env.mail.from, env.mail.replyTo ?? ""].map((a) => (/<([^>]+)>/.exec(a)?.[1] ?? a).trim().toLowerCase()).filter((a) => a.includes("@"));
}

const globalForJobs = globalThis as unknown as { sigapJobs?: Promise<PgBoss> };

/** Starts this process's job worker once (dev reloads keep it), configured from the environment. */
export function startAppJobs(handle: DbHandle): Promise<PgBoss> {
  globalForJobs.sigapJobs ??= startJobWorker({
    handle,
    databaseUrl: env.databaseUrl,
    send: env.mail.smtpUrl ? smtpMailSender(env.mail.smtpUrl, env.mail.from, env.mail.replyTo) : mailboxSender,
    baseUrl: env.siteUrl,
    mailbox: env.imap,
    whatsapp: env.whatsapp,
    ownAddresses: ownAddresses(),
    monitors: {
      network: checkNetwork({ allowPrivate: env.monitor.allowPrivate, siteUrl: env.siteUrl }),
      concurrency: env.monitor.concurrency,
      rollupSeconds: env.monitor.rollupSeconds,
    },
  }).catch((error: unknown) => {
    globalForJobs.sigapJobs = undefined;
    throw error;
  });
  return globalForJobs.sigapJobs;
}

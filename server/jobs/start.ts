import type PgBoss from "pg-boss";
import { env } from "../env";
import type { DbHandle } from "../db/connect";
import { mailboxSender, smtpMailSender } from "../domain/notification/mail-sender";
import { startJobWorker } from "./worker";

const globalForJobs = globalThis as unknown as { sigapJobs?: Promise<PgBoss> };

/** Starts this process's job worker once (dev reloads keep it), configured from the environment. */
export function startAppJobs(handle: DbHandle): Promise<PgBoss> {
  globalForJobs.sigapJobs ??= startJobWorker({
    handle,
    databaseUrl: env.databaseUrl,
    send: env.mail.smtpUrl ? smtpMailSender(env.mail.smtpUrl, env.mail.from) : mailboxSender,
    baseUrl: env.siteUrl,
  }).catch((error: unknown) => {
    globalForJobs.sigapJobs = undefined;
    throw error;
  });
  return globalForJobs.sigapJobs;
}

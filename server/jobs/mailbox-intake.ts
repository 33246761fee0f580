import { ImapFlow } from "imapflow";
import type { DomainCtx } from "@/server/domain/context";
import { receiveMail, type MailResult } from "@/server/domain/channel/email/receive-mail";
import { log } from "@/server/log";

/** `authservId`: whose Authentication-Results to trust (receive-mail). */
export type MailboxConfig = { url: string; folder: string; authservId?: string };

/** Set on a message once what it did is committed: the next poll skips it (and PostgreSQL would anyway). */
export const DONE_KEYWORD = "$SigapDone";

function clientFor(url: string): ImapFlow {
  const u = new URL(url);
  const secure = u.protocol === "imaps:";
  return new ImapFlow({
    host: u.hostname,
    port: Number(u.port) || (secure ? 993 : 143),
    secure,
    auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) },
    logger: false,
    // A mailbox that stops answering fails this poll instead of holding the job.
    socketTimeout: 60_000,
  });
}

/**
 * Reads the intake mailbox once: every message not yet marked done is handed to the intake, then marked.
 * A crash or a dropped connection between the two leaves the mark unset; the message is fetched again and
 * the intake, keyed by Message-ID, does nothing twice. Fetching is by UID, so mail arriving meanwhile waits.
 */
export async function pollMailbox({
  ctx,
  mailbox,
  ownAddresses,
  afterEach,
}: {
  ctx: DomainCtx;
  mailbox: MailboxConfig;
  ownAddresses?: string[];
  /** Tests: runs after a message's work is committed, before it is marked. */
  afterEach?: (result: MailResult) => Promise<void>;
}): Promise<{ received: number; results: MailResult[] }> {
  const client = clientFor(mailbox.url);
  client.on("error", (error: Error) => log.warn({ err: error.message }, "mail intake: connection error"));
  await client.connect();
  const results: MailResult[] = [];
  try {
    const lock = await client.getMailboxLock(mailbox.folder);
    try {
      const uids = (await client.search({ unKeyword: DONE_KEYWORD }, { uid: true })) || [];
      for (const uid of uids) {
        const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
        if (!message || !message.source) continue;
        const result = await receiveMail({ ctx, raw: message.source, ownAddresses, authservId: mailbox.authservId });
        results.push(result);
        await afterEach?.(result);
        await client.messageFlagsAdd(String(uid), [DONE_KEYWORD, "\\Seen"], { uid: true });
        log.info({ outcome: result.outcome, reason: result.reason, again: result.again }, "mail intake: message");
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return { received: results.length, results };
}

import PgBoss from "pg-boss";
import { dropNewerQueueSchema, pgBossOverPglite } from "@/server/db/pg-boss";
import type { DbHandle } from "@/server/db/connect";
import { sweepOrphanedObjects } from "@/server/domain/attachment/sweep";
import { sweepPublicCache } from "@/server/public-cache/entry-store";
import { lapseOverdueRequests } from "@/server/domain/clarification/lapse-overdue";
import { queueClarificationReminders } from "@/server/domain/clarification/remind";
import { queueFixedChecks } from "@/server/domain/complaint/queue-fixed-checks";
import { makeDomainCtx } from "@/server/domain/context";
import { metrics } from "@/server/metrics/registry";
import { registerJobGauges } from "@/server/metrics/state-gauges";
import { clusterPendingComplaints } from "@/server/domain/incident/cluster-pending";
import { deliverDueMail, type MailSender } from "@/server/domain/notification/deliver";
import { log } from "@/server/log";
import { applyRetention } from "@/server/domain/privacy/apply-retention";
import { trainTriageIfDue } from "@/server/domain/triage/training-schedule";
import { deliverDueWhatsApp } from "@/server/domain/channel/whatsapp/deliver";
import type { WhatsAppConfig } from "@/server/domain/channel/whatsapp/graph-client";
import { pollMailbox, type MailboxConfig } from "./mailbox-intake";
import { databaseErrorCode, isDatabaseUnavailable } from "@/server/db/unavailable";
import { checkNetwork, type CheckNetwork } from "@/server/domain/monitor/http-check";
import { claimDueMonitors, runClaimedChecks, type CheckStarted } from "@/server/domain/monitor/run-due";
import { rollUpChecks } from "@/server/domain/monitor/roll-up";

/** Mail waits at most about this long: each delivery run queues the next one. */
export const MAIL_POLL_SECONDS = 5;
/** A new report is placed in its incident within about this long (more while a batch is full). */
export const CLUSTER_POLL_SECONDS = 1;

/** How often due monitor checks are claimed: with pg-boss's half-second poll, a check starts within about 1.5 s of its time. */
export const MONITOR_POLL_SECONDS = 1;

export const QUEUES = {
  /** Sends what the outbox holds: a run every few seconds, a cron every minute in case that chain breaks. */
  mail: "mail-deliver",
  /** Places new reports in incidents, in batches, in arrival order: intake leaves that work here. */
  cluster: "cluster-complaints",
  /** Lapses overdue clarification requests, queues reminders and "was it really fixed?" questions. */
  deadlines: "deadline-sweep",
  /** Deletes stored bytes no attachment row took (a request that died between storing and committing). */
  storage: "storage-sweep",
  /** Anonymises and deletes personal data whose time under the retention schedule is over. */
  retention: "privacy-retention",
  /** Turns the intake mailbox's new mail into reports and replies (only with IMAP_URL). */
  intake: "mail-intake",
  /** Trains the triage model when none exists, when an admin asks, and at night after staff labelled more. */
  triage: "triage-train",
  /** Claims the service checks that are due and starts them; each records its own result when it ends. */
  monitors: "monitor-checks",
  /** Sums raw checks into per-minute and per-hour roll-ups. */
  monitorRollup: "monitor-rollup",
} as const;

/** A job handler whose runs are counted by result (sigap_job_runs_total). */
function counted<A extends unknown[], T>(queue: string, run: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return async (...args: A) => {
    try {
      const result = await run(...args);
      metrics().jobRuns.inc({ queue, result: "done" });
      return result;
    } catch (error) {
      metrics().jobRuns.inc({ queue, result: "failed" });
      throw error;
    }
  };
}

export type WorkerOptions = {
  handle: DbHandle;
  /** Needed for PostgreSQL: pg-boss keeps its own small pool. */
  databaseUrl?: string;
  send: MailSender;
  baseUrl: string;
  now?: () => Date;
  /** The intake mailbox (IMAP_URL): polled every `pollSeconds`, less often while it fails. */
  mailbox?: MailboxConfig & { pollSeconds: number };
  /** WhatsApp Business: its outbox rows are sent with the mail. */
  whatsapp?: WhatsAppConfig;
  /** Sigap's own sending addresses: mail from them is never taken as a report. */
  ownAddresses?: string[];
  /** Service checks: how they reach the network (default: public addresses only), how many at once, and a probe for the benchmark. */
  monitors?: { network?: CheckNetwork; concurrency?: number; rollupSeconds?: number; onStart?: (started: CheckStarted) => void };
};

/** After n failed polls in a row the next waits poll × 2ⁿ, at most a minute (the cron's own beat). */
export function mailboxPollDelay(pollSeconds: number, failures: number): number {
  return Math.min(60, pollSeconds * 2 ** failures);
}

/**
 * The job worker, on pg-boss in the same database: every app instance may run one; pg-boss hands each job
 * to one of them, and the work itself is idempotent (row locks, dedupe keys), so nothing runs twice.
 */
export async function startJobWorker(options: WorkerOptions): Promise<PgBoss> {
  // Made before the first job, so the submissions its intake jobs report are counted.
  metrics();
  await dropNewerQueueSchema(options.handle.db);
  const boss = options.handle.pglite
    ? new PgBoss({ db: pgBossOverPglite(options.handle.pglite) })
    : new PgBoss({ connectionString: options.databaseUrl, max: 3, application_name: "sigap-jobs" });
  // pg-boss reports each failed poll: while the database restarts that is one short line per event, not a stack trace.
  boss.on("error", (error) => {
    if (isDatabaseUnavailable(error))
      log.warn({ code: databaseErrorCode(error), detail: error.message }, "jobs: database unavailable; pg-boss tries again");
    else log.error({ err: error }, "jobs: error");
  });
  await boss.start();
  for (const name of Object.values(QUEUES)) await boss.createQueue(name, { name, policy: "short", retryLimit: 3, retryBackoff: true });

  const ctx = () => makeDomainCtx({ db: options.handle.db, now: options.now });
  registerJobGauges(options.handle.db, Object.values(QUEUES));
  await boss.work(
    QUEUES.mail,
    counted(QUEUES.mail, async () => {
      try {
        const mail = await deliverDueMail({ ctx: ctx(), send: options.send, baseUrl: options.baseUrl });
        const whatsapp = options.whatsapp ? await deliverDueWhatsApp({ ctx: ctx(), config: options.whatsapp, baseUrl: options.baseUrl }) : null;
        return { mail, whatsapp };
      } finally {
        // The "short" policy keeps at most one queued, however many instances do this.
        await boss.send(QUEUES.mail, {}, { startAfter: MAIL_POLL_SECONDS });
      }
    }),
  );
  await boss.work(
    QUEUES.cluster,
    { pollingIntervalSeconds: 0.5 },
    counted(QUEUES.cluster, async () => {
      let more = false;
      try {
        const batch = await clusterPendingComplaints({ ctx: ctx() });
        more = batch.more;
        return batch;
      } finally {
        // A full batch means a surge: go on at once; otherwise look again shortly.
        await boss.send(QUEUES.cluster, {}, more ? {} : { startAfter: CLUSTER_POLL_SECONDS });
      }
    }),
  );
  await boss.work(
    QUEUES.deadlines,
    counted(QUEUES.deadlines, async () => {
      const result = {
        lapsed: await lapseOverdueRequests({ ctx: ctx() }),
        reminders: await queueClarificationReminders({ ctx: ctx() }),
        fixedChecks: await queueFixedChecks({ ctx: ctx() }),
      };
      await boss.send({ name: QUEUES.mail });
      return result;
    }),
  );
  await boss.work(
    QUEUES.storage,
    counted(QUEUES.storage, async () => ({
      ...(await sweepOrphanedObjects({ ctx: ctx() })),
      publicCache: await sweepPublicCache(options.handle.db, new Date()),
    })),
  );
  await boss.work(
    QUEUES.triage,
    counted(QUEUES.triage, async () => trainTriageIfDue({ ctx: ctx() })),
  );
  await boss.work(
    QUEUES.retention,
    counted(QUEUES.retention, async () => applyRetention({ ctx: ctx() })),
  );
  const network = options.monitors?.network ?? checkNetwork({ allowPrivate: false, siteUrl: options.baseUrl });
  const concurrency = options.monitors?.concurrency ?? 50;
  let checksInFlight = 0;
  await boss.work(
    QUEUES.monitors,
    { pollingIntervalSeconds: 0.5 },
    counted(QUEUES.monitors, async () => {
      try {
        const claimed = await claimDueMonitors(ctx(), concurrency - checksInFlight);
        checksInFlight += claimed.length;
        // Not awaited: a site that takes its whole timeout must not delay the next claim.
        void runClaimedChecks({
          ctx: ctx(),
          claimed,
          network,
          concurrency: claimed.length,
          onStart: (started) => {
            metrics().monitorStartLag.observe((started.startedAt.getTime() - started.dueAt.getTime()) / 1000);
            options.monitors?.onStart?.(started);
          },
          onResult: (result) => metrics().monitorChecks.inc({ result: result.error ?? "ok" }),
        })
          .catch((error: unknown) => log.error({ err: error }, "monitor checks failed"))
          .finally(() => (checksInFlight -= claimed.length));
        return { claimed: claimed.length };
      } finally {
        await boss.send(QUEUES.monitors, {}, { startAfter: MONITOR_POLL_SECONDS });
      }
    }),
  );
  await boss.work(
    QUEUES.monitorRollup,
    counted(QUEUES.monitorRollup, async () => {
      try {
        return await rollUpChecks({ ctx: ctx() });
      } finally {
        await boss.send(QUEUES.monitorRollup, {}, { startAfter: options.monitors?.rollupSeconds ?? 60 });
      }
    }),
  );
  if (options.mailbox) {
    const mailbox = options.mailbox;
    await boss.work<{ failures?: number }>(
      QUEUES.intake,
      { pollingIntervalSeconds: 0.5 },
      counted(QUEUES.intake, async ([job]) => {
        const failures = Number(job?.data?.failures ?? 0);
        let next = failures + 1;
        try {
          const result = await pollMailbox({ ctx: ctx(), mailbox, ownAddresses: options.ownAddresses });
          next = 0;
          return { received: result.received };
        } catch (error) {
          log.warn({ err: error instanceof Error ? error.message : String(error), failures: next }, "mail intake: poll failed");
          throw error;
        } finally {
          await boss.send(QUEUES.intake, { failures: next }, { startAfter: mailboxPollDelay(mailbox.pollSeconds, next) });
        }
      }),
    );
    await boss.schedule(QUEUES.intake, "* * * * *");
    await boss.send({ name: QUEUES.intake });
  }
  await boss.schedule(QUEUES.mail, "* * * * *");
  await boss.schedule(QUEUES.cluster, "* * * * *");
  await boss.schedule(QUEUES.deadlines, "*/5 * * * *");
  await boss.schedule(QUEUES.storage, "17 * * * *");
  // 02:30 in Jakarta, when the fewest people report.
  await boss.schedule(QUEUES.retention, "30 19 * * *");
  await boss.schedule(QUEUES.triage, "* * * * *");
  await boss.schedule(QUEUES.monitors, "* * * * *");
  await boss.schedule(QUEUES.monitorRollup, "* * * * *");
  await boss.send({ name: QUEUES.mail });
  await boss.send({ name: QUEUES.cluster });
  await boss.send({ name: QUEUES.triage });
  await boss.send({ name: QUEUES.monitors });
  await boss.send({ name: QUEUES.monitorRollup });
  return boss;
}

import { get, update } from "idb-keyval";

/**
 * Reports this device sent or is waiting to send, kept on the device only (IndexedDB): the page and the service
 * worker both read and write them. Nothing here is sent anywhere.
 */
export type SentReport = { code: string; key: string; sentAt: string };
/** A report waiting for a network, with the draft it was sent from (files included) to restore if it is refused. */
export type PendingReport<Draft = unknown> = { key: string; queuedAt: string; draft: Draft; refusal: string | null };

/** The Background Sync queue (workbox) holding the requests themselves. */
export const OUTBOX_QUEUE = "sigap-reports";

/** From the page to the worker. */
export type ToWorker =
  | { type: "queue-report"; key: string; url: string; headers: Record<string, string>; data: Record<string, unknown>; files: File[] }
  | { type: "flush" };
/** From the worker to every open Sigap page. */
export type FromWorker = { type: "report-sent"; key: string; code: string } | { type: "report-refused"; key: string; message: string };

const SENT = "sigap.device.sent";
const PENDING = "sigap.device.pending";
const KEEP_SENT = 50;

export async function sentReports(): Promise<SentReport[]> {
  return (await get<SentReport[]>(SENT)) ?? [];
}

export async function rememberSent(report: SentReport): Promise<void> {
  await update<SentReport[]>(SENT, (list = []) => [report, ...list.filter((r) => r.key !== report.key)].slice(0, KEEP_SENT));
}

export async function pendingReports<Draft>(): Promise<Array<PendingReport<Draft>>> {
  return (await get<Array<PendingReport<Draft>>>(PENDING)) ?? [];
}

export async function addPending(report: PendingReport): Promise<void> {
  await update<PendingReport[]>(PENDING, (list = []) => [...list.filter((r) => r.key !== report.key), report]);
}

export async function removePending(key: string): Promise<void> {
  await update<PendingReport[]>(PENDING, (list = []) => list.filter((r) => r.key !== key));
}

export async function markRefused(key: string, refusal: string): Promise<void> {
  await update<PendingReport[]>(PENDING, (list = []) => list.map((r) => (r.key === key ? { ...r, refusal } : r)));
}

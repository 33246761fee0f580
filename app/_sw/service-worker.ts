/// <reference lib="webworker" />
import { Queue } from "workbox-background-sync";
import { toMultipart } from "../_components/multipart";
import { markRefused, OUTBOX_QUEUE, rememberSent, removePending, type FromWorker, type ToWorker } from "./device-reports";

/**
 * Sigap's service worker: it only delivers reports sent while the network was away (it intercepts no request
 * and caches no page). A queued report is sent when Background Sync says the network is back, even with every
 * Sigap tab closed, and also whenever a Sigap page opens (browsers without Background Sync, or a sync that
 * gave up). Each carries its idempotency key, so however many times it is tried, one complaint is stored.
 */
declare const self: ServiceWorkerGlobalScope;

const FOURTEEN_DAYS_IN_MINUTES = 14 * 24 * 60;
const queue = new Queue(OUTBOX_QUEUE, { maxRetentionTime: FOURTEEN_DAYS_IN_MINUTES, onSync: () => deliver() });

self.addEventListener("install", () => void self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("message", (event) => {
  const message = event.data as ToWorker | undefined;
  if (message?.type === "queue-report") event.waitUntil(enqueue(message));
  if (message?.type === "flush") event.waitUntil(deliver().catch(() => undefined));
});

async function enqueue({ key, url, headers, data, files }: Extract<ToWorker, { type: "queue-report" }>) {
  // The procedure's wire format: JSON in tRPC's envelope, or multipart with the fields as JSON when there are files.
  const body = files.length > 0 ? toMultipart(data, files) : JSON.stringify({ json: data });
  const request = new Request(url, {
    method: "POST",
    headers: files.length > 0 ? headers : { ...headers, "content-type": "application/json" },
    body,
  });
  await queue.pushRequest({ request, metadata: { key } });
  await deliver().catch(() => undefined); // the network may already be back
}

// One delivery at a time, each asked-for delivery run after the one before: a page's "try now" arriving while a
// sync event's attempt is failing still gets its own attempt, and no report is sent by two attempts at once.
let last: Promise<void> = Promise.resolve();
function deliver(): Promise<void> {
  const next = last.catch(() => undefined).then(drain);
  last = next;
  return next;
}

async function drain() {
  for (let entry = await queue.shiftRequest(); entry; entry = await queue.shiftRequest()) {
    const key = (entry.metadata as { key?: string } | undefined)?.key ?? "";
    let response: Response;
    try {
      response = await fetch(entry.request.clone());
    } catch (error) {
      await queue.unshiftRequest(entry);
      throw error; // still offline: Background Sync tries again later
    }
    if (response.status >= 500 || response.status === 429 || response.status === 408) {
      await queue.unshiftRequest(entry);
      throw new Error(`the server answered ${response.status}; trying later`);
    }
    const answer: unknown = await response.json().catch(() => null);
    if (response.ok) {
      const code = (answer as { result?: { data?: { json?: { trackingCode?: string } } } } | null)?.result?.data?.json?.trackingCode ?? "";
      await rememberSent({ code, key, sentAt: new Date().toISOString() });
      await removePending(key);
      await tell({ type: "report-sent", key, code });
    } else {
      const message = refusalOf(answer);
      await markRefused(key, message);
      await tell({ type: "report-refused", key, message });
    }
  }
}

/** The translated reason of a refusal (the form's field errors, in the page's language), as one line. */
function refusalOf(answer: unknown): string {
  const error = (answer as { error?: { json?: { message?: string; data?: { fieldErrors?: Record<string, string[]> | null } } } } | null)?.error?.json;
  const fields = error?.data?.fieldErrors;
  return fields ? Object.values(fields).flat().join(" ") : (error?.message ?? "");
}

async function tell(message: FromWorker) {
  for (const client of await self.clients.matchAll({ type: "window", includeUncontrolled: true })) client.postMessage(message);
}

import { CSRF_HEADER } from "@/server/http/csrf";
import { LOCALE_HEADER } from "@/server/i18n/locale";
import { addPending, type FromWorker, type ToWorker } from "@/app/_sw/device-reports";
import type { Draft } from "./draft-store";

/** The service worker that can keep a report until the network is back: resolves once it runs (never, where it cannot). */
export async function offlineWorker(): Promise<ServiceWorker | null> {
  if (!("serviceWorker" in navigator)) return null;
  return (await navigator.serviceWorker.ready).active;
}

/**
 * Hands a report the network could not carry to the service worker, with its key: the worker sends it when the
 * network is back, even after this tab is closed. The draft is kept beside it in case the server refuses it.
 */
export async function queueOffline(worker: ServiceWorker, draft: Draft, data: Record<string, unknown>, locale: string): Promise<void> {
  await addPending({ key: draft.idempotencyKey, queuedAt: new Date().toISOString(), draft, refusal: null });
  const message: ToWorker = {
    type: "queue-report",
    key: draft.idempotencyKey,
    url: "/api/trpc/complaint.submit",
    headers: { [CSRF_HEADER]: "1", [LOCALE_HEADER]: locale },
    data,
    files: draft.files,
  };
  worker.postMessage(message);
}

/** Listens to what the worker says of queued reports; returns the function that stops listening. */
export function onWorkerMessage(listener: (message: FromWorker) => void): () => void {
  if (!("serviceWorker" in navigator)) return () => undefined;
  const handle = (event: MessageEvent) => listener(event.data as FromWorker);
  navigator.serviceWorker.addEventListener("message", handle);
  return () => navigator.serviceWorker.removeEventListener("message", handle);
}

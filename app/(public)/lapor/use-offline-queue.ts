import { useEffect, useRef, useState } from "react";
import { removePending } from "@/app/_sw/device-reports";
import type { Draft } from "./draft-store";
import { offlineWorker, onWorkerMessage, queueOffline } from "./offline-send";

/**
 * A report the network could not carry, held by the service worker until it is back. `queue` hands one over
 * (false where there is no worker: the page keeps retrying itself); `queued` is the draft it came from until the
 * worker says it was sent (`onSent`) or refused (`onRefused`, with the draft to put back in the form).
 */
export function useOfflineQueue({
  data,
  onSent,
  onRefused,
}: {
  data: (draft: Draft) => Record<string, unknown>;
  onSent: (code: string, key: string) => void;
  onRefused: (draft: Draft, message: string) => void;
}) {
  const [worker, setWorker] = useState<ServiceWorker | null>(null);
  const [queued, setQueued] = useState<Draft | null>(null);
  useEffect(() => void offlineWorker().then(setWorker), []);
  const on = useRef({ onSent, onRefused });
  on.current = { onSent, onRefused };
  useEffect(
    () =>
      onWorkerMessage((message) => {
        if (!queued || message.key !== queued.idempotencyKey) return;
        setQueued(null);
        if (message.type === "report-sent") on.current.onSent(message.code, message.key);
        if (message.type === "report-refused") {
          // Back into the form; it leaves the device's waiting list, to be sent again from there.
          on.current.onRefused(queued, message.message);
          void removePending(message.key);
        }
      }),
    [queued],
  );
  const queue = async (draft: Draft, locale: string): Promise<boolean> => {
    if (!worker) return false;
    await queueOffline(worker, draft, data(draft), locale);
    setQueued(draft);
    return true;
  };
  return { canQueue: worker !== null, queued, queue };
}

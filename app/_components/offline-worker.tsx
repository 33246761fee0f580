"use client";

import { useEffect } from "react";
import type { ToWorker } from "@/app/_sw/device-reports";

/**
 * Registers the service worker that delivers reports sent without a network, and asks it to try now. On every
 * public page: a report queued on a phone without Background Sync goes out at the next visit, without a tap.
 */
export function OfflineWorker() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const flush = () => void navigator.serviceWorker.ready.then((r) => r.active?.postMessage({ type: "flush" } satisfies ToWorker));
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).then(flush, () => undefined); // no worker (plain http, private mode): the page retries itself
    window.addEventListener("online", flush);
    return () => window.removeEventListener("online", flush);
  }, []);
  return null;
}

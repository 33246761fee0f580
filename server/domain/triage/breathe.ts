/** The longest stretch training keeps the event loop to itself: it runs inside the app's process, beside requests. */
const SLICE_MS = 15;

let sliceStarted = performance.now();

/**
 * Lets waiting requests in once the current slice of work has run for SLICE_MS. Time-based, not count-based: a
 * count of texts means milliseconds for featurising and half a second for scoring.
 */
export function breathe(): Promise<void> | undefined {
  if (performance.now() - sliceStarted < SLICE_MS) return undefined;
  return new Promise<void>((resolve) =>
    setImmediate(() => {
      sliceStarted = performance.now();
      resolve();
    }),
  );
}

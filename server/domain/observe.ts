/**
 * What the domain reports as it runs, for whoever counts it: server/metrics registers when its registry is made, so
 * the domain never imports the metrics layer. Per process, like the metrics each process exports; kept on
 * globalThis because Next bundles this module more than once in one process.
 */
type SubmissionObserver = (outcome: { channel: string; outcome: string }) => void;

const KEY = Symbol.for("sigap.submission-observers");

function observers(): Set<SubmissionObserver> {
  const holder = globalThis as unknown as Record<symbol, Set<SubmissionObserver> | undefined>;
  return (holder[KEY] ??= new Set());
}

export function observeSubmissions(observer: SubmissionObserver): () => void {
  observers().add(observer);
  return () => observers().delete(observer);
}

export function reportSubmission(outcome: { channel: string; outcome: string }): void {
  for (const observer of observers()) observer(outcome);
}

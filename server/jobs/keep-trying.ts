/**
 * Runs `attempt` now and, while it fails, again every `intervalMs` in the background, until it succeeds.
 * Answers whether the first try worked. A database that is down when an instance boots must not leave that
 * instance without its job worker (new reports would wait for clustering until someone restarts it).
 */
export async function tryNowThenKeepTrying(attempt: () => Promise<void>, intervalMs: number, onError: (error: unknown) => void): Promise<boolean> {
  const once = () =>
    attempt().then(
      () => true,
      (error: unknown) => {
        onError(error);
        return false;
      },
    );
  if (await once()) return true;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void once().then((ok) => {
      busy = false;
      if (ok) clearInterval(timer);
    });
  }, intervalMs);
  timer.unref();
  return false;
}

// Open the database (migrations, and the demo seed on first run) and start the job worker before the first request arrives.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return; // Next's own flag: the Edge runtime has no database
  const [{ installBeforeNext, installRequestScope }, { getDb }, { env }, { log }, { tryNowThenKeepTrying }] = await Promise.all([
    import("./server/before-next"),
    import("./server/app-db"),
    import("./server/env"),
    import("./server/log"),
    import("./server/jobs/keep-trying"),
  ]);
  // Every request gets an id (logs, audit rows, X-Request-Id) from the first one on.
  installRequestScope();
  // Keep serving meanwhile: /api/health answers 503 and each request tries to connect again.
  await tryNowThenKeepTrying(
    async () => {
      const handle = await getDb();
      // What answers before Next (npm start only): reports without files, a refused tracking lookup's status, the shared
      // public cache, then the status of a detail page it did not answer (404 where nothing public lives).
      const [
        { intakeLaneForApp },
        { malformedHostGuard },
        { trackStatusFor, detailPageStatusFor },
        { publicCacheFor },
        { requestMetrics },
        { accessLog },
        { registerDatabaseGauges },
      ] = await Promise.all([
        import("./server/http/intake-lane"),
        import("./server/http/host-guard"),
        import("./server/http/page-status"),
        import("./server/public-cache/install"),
        import("./server/metrics/request-metrics"),
        import("./server/access-log"),
        import("./server/metrics/state-gauges"),
      ]);
      // The first two only watch: every request is counted, timed and logged, whoever answers it; then a malformed
      // Host is refused before anything builds a URL from it.
      installBeforeNext(
        [
          requestMetrics(),
          accessLog(),
          malformedHostGuard(),
          intakeLaneForApp(),
          trackStatusFor(handle.db),
          publicCacheFor(handle.db),
          detailPageStatusFor(handle.db, handle.readDb),
        ].filter((take) => take !== null),
      );
      registerDatabaseGauges(handle);
      if (env.jobs) {
        const { startAppJobs } = await import("./server/jobs/start");
        await startAppJobs(handle);
      }
    },
    5000,
    (error) => log.error({ err: error }, "database or job worker not ready; trying again in 5 s"),
  );
}

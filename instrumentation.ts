// Open the database (migrations, and the demo seed on first run) and start the job worker before the first request arrives.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return; // Next's own flag: the Edge runtime has no database
  const [{ getDb }, { env }] = await Promise.all([import("./server/db"), import("./server/env")]);
  try {
    const handle = await getDb();
    if (env.jobs) {
      const { startAppJobs } = await import("./server/jobs/start");
      await startAppJobs(handle);
    }
  } catch (error) {
    // Keep serving: /api/health answers 503 and the next request tries to connect again.
    console.error("sigap: database or job worker not ready at start", error);
  }
}

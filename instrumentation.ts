// Open the database (migrations, and the demo seed on first run) before the first request arrives.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return; // Next's own flag: the Edge runtime has no database
  const { getDb } = await import("./server/db");
  try {
    await getDb();
  } catch (error) {
    // Keep serving: /api/health answers 503 and the next request tries to connect again.
    console.error("sigap: database not ready at start", error);
  }
}

import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

/** Closed-loop maximum of one GET (gzip accepted) with `connections` clients for `seconds`: requests/s and p99. */
export async function maxRate(
  url: string,
  connections = 50,
  seconds = 5,
): Promise<{ per_s: number; p99_ms: number; non_2xx: number; errors: number }> {
  const r = await autocannon({ url, connections, duration: seconds, headers: { "accept-encoding": "gzip" } });
  return { per_s: Math.round(r.requests.average), p99_ms: r.latency.p99, non_2xx: r.non2xx, errors: r.errors + r.timeouts };
}

/** The app's own script (under /_next/static) whose gzipped size is nearest `bytes`: the static file to compare a page with. */
export async function staticScriptNear(baseUrl: string, html: string, bytes: number): Promise<{ path: string; gzip_bytes: number }> {
  const paths = [...new Set([...html.matchAll(/\/_next\/static\/[^"'\s]+\.js/g)].map((m) => m[0]))];
  const sized = await Promise.all(
    paths.map(async (path) => ({ path, gzip_bytes: gzipSync(Buffer.from(await (await fetch(`${baseUrl}${path}`)).arrayBuffer())).length })),
  );
  sized.sort((a, b) => Math.abs(a.gzip_bytes - bytes) - Math.abs(b.gzip_bytes - bytes));
  if (!sized[0]) throw new Error("the page names no static script");
  return sized[0];
}

export async function gzippedSize(url: string): Promise<number> {
  return gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
}

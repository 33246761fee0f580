// The Prometheus endpoint of one `npm start`, served by serve.mjs's primary process on METRICS_PORT: it asks every
// instance (worker) for its metrics and adds them up (prom-client's AggregatorRegistry), so one scrape sees the
// whole host. A scrape must carry `Authorization: Bearer $METRICS_TOKEN`. It listens on METRICS_HOST (127.0.0.1
// by default): expose it to the Prometheus server only.
import { Buffer } from "node:buffer";
import { timingSafeEqual } from "node:crypto";
import http from "node:http";
import client from "prom-client";

export function startMetricsServer({ port, host, token }) {
  if (!token || token.length < 16) {
    console.error("sigap: METRICS_PORT needs METRICS_TOKEN (16 characters or more); metrics are off");
    return null;
  }
  const aggregator = new client.AggregatorRegistry();
  const expected = Buffer.from(`Bearer ${token}`);
  const server = http.createServer(async (req, res) => {
    const given = Buffer.from(req.headers.authorization ?? "");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.writeHead(401, { "www-authenticate": "Bearer", "content-type": "text/plain" }).end("unauthorized\n");
      return;
    }
    if ((req.url ?? "").split("?")[0] !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    try {
      const body = await aggregator.clusterMetrics();
      res.writeHead(200, { "content-type": aggregator.contentType, "cache-control": "no-store" }).end(body);
    } catch (error) {
      // An instance still starting (or gone) does not answer: say so instead of hanging the scrape.
      res.writeHead(503, { "content-type": "text/plain", "retry-after": "5" }).end(`metrics unavailable: ${error.message}\n`);
    }
  });
  server.listen(Number(port), host);
  return server;
}

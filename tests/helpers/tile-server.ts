import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** One grey pixel as a PNG; the browser stretches it over the tile. */
const TILE = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mO8d+/efwAJFQOmL9MqYgAAAABJRU5ErkJggg==", "base64");

/**
 * A map tile server on 127.0.0.1 for the browser tests (no tile ever comes from outside): every `/{z}/{x}/{y}.png`
 * answers a tile, and `/hits` says how many tiles it has served.
 */
export async function startTileServer(): Promise<{ url: string; stop(): Promise<void> }> {
  let hits = 0;
  const server = createServer((req, res) => {
    if (req.url === "/hits") {
      res.writeHead(200, { "content-type": "application/json", "access-control-allow-origin": "*" });
      res.end(JSON.stringify({ hits }));
      return;
    }
    if (!/^\/\d+\/\d+\/\d+\.png$/.test(req.url ?? "")) {
      res.writeHead(404).end();
      return;
    }
    hits++;
    res.writeHead(200, { "content-type": "image/png", "cache-control": "no-store" });
    res.end(TILE);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

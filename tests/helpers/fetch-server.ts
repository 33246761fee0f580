import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";

/** Serves a fetch-style handler over real HTTP on a free port, the way a route handler is served. */
export async function serveFetch(handler: (req: Request, incoming: IncomingMessage) => Promise<Response>) {
  const server = createServer(async (incoming, res) => {
    const url = `http://${incoming.headers.host}${incoming.url}`;
    const hasBody = incoming.method !== "GET" && incoming.method !== "HEAD";
    const req = new Request(url, {
      method: incoming.method,
      headers: incoming.headers as Record<string, string>,
      body: hasBody ? (Readable.toWeb(incoming) as ReadableStream) : undefined,
      // @ts-expect-error Node's fetch needs duplex for streamed bodies
      duplex: "half",
    });
    const response = await handler(req, incoming);
    res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

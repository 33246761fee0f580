import { request } from "node:http";
import type { Rendered, RenderRequest } from "./http-cache";

const RENDER_TIMEOUT_MS = 30_000;

/** Renders a page for the cache by asking the app for it as an anonymous visitor would (no cookies), with the fill token. */
export function renderThroughApp(fillHeader: string, token: string) {
  return (r: RenderRequest): Promise<Rendered> =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string> = {
        host: r.host,
        [fillHeader]: token,
        "accept-encoding": "identity",
        "user-agent": "sigap-public-cache",
      };
      if (r.accept) headers.accept = r.accept;
      if (r.forwardedProto) headers["x-forwarded-proto"] = r.forwardedProto;
      const req = request(
        { host: r.address.replace(/^::ffff:/, ""), port: r.port, path: r.path, method: "GET", headers, timeout: RENDER_TIMEOUT_MS },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const flat: Record<string, string> = {};
            for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(", ") : v;
            resolve({ status: res.statusCode ?? 502, headers: flat, body: Buffer.concat(chunks) });
          });
          res.on("error", reject);
        },
      );
      req.on("timeout", () => req.destroy(new Error("render timed out")));
      req.on("error", reject);
      req.end();
    });
}

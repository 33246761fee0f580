import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { clientIpFrom } from "@/server/client-ip";

const preload = path.resolve(import.meta.dirname, "../../scripts/client-address.mjs");
// A bare node:http server, as `next start` runs one, that answers with the chain the app would be handed.
const echo = `
  const http = require("node:http");
  const s = http.createServer((req, res) => res.end(req.headers["x-forwarded-for"]));
  s.listen(0, "127.0.0.1", () => console.log(s.address().port));
`;

let child: ChildProcess | undefined;
afterEach(() => child?.kill());

async function serve(hops: number): Promise<string> {
  child = spawn(process.execPath, ["--import", preload, "-e", echo], {
    env: { ...process.env, TRUST_PROXY_HOPS: String(hops) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<string>((resolve) => child!.stdout!.once("data", (d: Buffer) => resolve(d.toString().trim())));
  return `http://127.0.0.1:${port}/`;
}

describe("the client's address (fails before: a forged X-Forwarded-For was taken as the client)", () => {
  it("with no trusted proxy, ignores the client's own X-Forwarded-For and uses the socket's address", async () => {
    const url = await serve(0);
    for (const forged of ["203.0.113.9", "198.51.100.1, 203.0.113.9"]) {
      const chain = await (await fetch(url, { headers: { "x-forwarded-for": forged } })).text();
      expect(chain).toBe("127.0.0.1");
      expect(clientIpFrom(chain, 0)).toBe("127.0.0.1");
    }
  });

  it("with one trusted proxy, takes the address that proxy appended, whatever the client prepended", async () => {
    const url = await serve(1);
    const chain = await (await fetch(url, { headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.9" } })).text();
    expect(chain).toBe("6.6.6.6, 203.0.113.9, 127.0.0.1");
    expect(clientIpFrom(chain, 1)).toBe("203.0.113.9");
  });

  it("reads the chain the same way in the app", () => {
    expect(clientIpFrom("127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientIpFrom("6.6.6.6, 203.0.113.9, 10.0.0.2", 1)).toBe("203.0.113.9");
    expect(clientIpFrom("6.6.6.6, 203.0.113.9, 10.0.0.5, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientIpFrom(null, 0)).toBeNull();
  });
});

import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ATTACHMENT_BYTES } from "@/server/db/schema/constants";
import { limitMultipartRequest, MAX_MULTIPART_BYTES } from "@/server/http/multipart-limits";
import { serveFetch } from "@/tests/helpers/fetch-server";

let server: Awaited<ReturnType<typeof serveFetch>>;
beforeAll(async () => {
  server = await serveFetch(async (req) => {
    const checked = await limitMultipartRequest(req, "en");
    if (checked instanceof Response) return checked;
    const form = await checked.formData();
    const files = form.getAll("files").filter((f): f is File => typeof f !== "string");
    return Response.json({ data: form.get("data"), files: files.map((f) => [f.name, f.size]) });
  });
});
afterAll(async () => {
  await server?.close();
});

const BOUNDARY = "----sigapLimitTest";
const part = (name: string, filename: string | null, bytes: number) =>
  Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ""}\r\n\r\n`),
    Buffer.alloc(bytes, 0x61),
    Buffer.from("\r\n"),
  ]);

/**
 * Streams a multipart body of `files` parts of `fileBytes` each over a raw socket (chunked, or with a declared
 * length), stopping as soon as the server answers. Returns the status and how many body bytes were sent before.
 * A raw socket, because the server may close the connection after answering, while an HTTP client still writes.
 */
function stream(files: number, fileBytes: number, contentLength?: number): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve) => {
    const url = new URL(server.url);
    const socket = connect(Number(url.port), url.hostname);
    let sent = 0;
    let answer = "";
    const answered = () => answer.includes("\r\n\r\n");
    socket.on("data", (c: Buffer) => (answer += c.toString()));
    socket.on("error", () => undefined); // EPIPE / ECONNRESET once the server has answered and closed
    socket.on("close", () => {
      const [head = "", ...rest] = answer.split("\r\n\r\n");
      const raw = rest.join("\r\n\r\n");
      const chunked = /transfer-encoding: chunked/i.test(head);
      const body = chunked ? raw.replace(/(^|\r\n)[0-9a-f]+\r\n/gi, "") : raw;
      resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1] ?? 0), body: body.trim(), sent });
    });
    const framing = contentLength ? `content-length: ${contentLength}` : "transfer-encoding: chunked";
    socket.write(
      `POST /api/trpc/complaint.submit HTTP/1.1\r\nhost: ${url.host}\r\ncontent-type: multipart/form-data; boundary=${BOUNDARY}\r\n${framing}\r\nconnection: close\r\n\r\n`,
    );
    const parts = [
      part("data", null, 20),
      ...Array.from({ length: files }, (_, i) => part("files", `f${i}.jpg`, fileBytes)),
      Buffer.from(`--${BOUNDARY}--\r\n`),
    ];
    const write = async () => {
      for (const p of parts) {
        for (let off = 0; off < p.length; off += 64 * 1024) {
          if (answered() || socket.destroyed) return;
          const chunk = p.subarray(off, off + 64 * 1024);
          sent += chunk.length;
          const framed = contentLength ? chunk : Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]);
          if (!socket.write(framed)) await new Promise((r) => socket.once("drain", r));
          await new Promise((r) => setImmediate(r));
        }
      }
      if (!contentLength) socket.write("0\r\n\r\n");
    };
    void write();
  });
}

describe("multipart bodies are streamed with hard limits (fails before: a 200 MB, 100-file body was read whole)", () => {
  it("accepts a form within the limits", async () => {
    const r = await stream(2, 1000);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body).files).toEqual([
      ["f0.jpg", 1000],
      ["f1.jpg", 1000],
    ]);
  });

  it("refuses a declared length over the limit before reading the body", async () => {
    const r = await stream(100, 2 * 1024 * 1024, 200 * 1024 * 1024);
    expect(r.status).toBe(413);
    expect(r.sent).toBeLessThan(MAX_MULTIPART_BYTES / 4);
  });

  it("refuses the sixth file as it arrives, not after 200 MB", async () => {
    const r = await stream(100, 2 * 1024 * 1024);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error.json.data.fieldErrors.attachments[0]).toBe("5 attachments at most.");
    expect(r.sent).toBeLessThan(20 * 1024 * 1024);
  });

  it("refuses a file over the per-file limit as soon as it passes it", async () => {
    const r = await stream(1, MAX_ATTACHMENT_BYTES * 5);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error.json.data).toMatchObject({ code: "PAYLOAD_TOO_LARGE", httpStatus: 413 });
    expect(r.sent).toBeLessThan(MAX_ATTACHMENT_BYTES * 2);
  });

  it("answers a malformed body with 400, not 500", async () => {
    const res = await fetch(`${server.url}/api/trpc/complaint.submit`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data" },
      body: "nonsense",
    });
    expect(res.status).toBe(400);
  });
});

import { z } from "zod";
import type { IncomingFile } from "@/server/domain/attachment/process";

/**
 * Forms with files travel as multipart: the fields as one JSON part named "data", the files as parts
 * named "files". Anything malformed is a field error, never a crash.
 */
export const multipartInput = z.instanceof(FormData);

/**
 * A form that may carry files: multipart when it does, plain JSON when it does not, so that a report without
 * photos (most of a surge) skips multipart parsing on both ends. The verb validates the fields either way.
 */
export const formWithFilesInput = z.union([multipartInput, z.record(z.string(), z.unknown())]);

export async function readFormWithFiles(input: FormData | Record<string, unknown>): Promise<{ data: unknown; files: IncomingFile[] }> {
  return input instanceof FormData ? readMultipart(input) : { data: input, files: [] };
}

export async function readMultipart(form: FormData): Promise<{ data: unknown; files: IncomingFile[] }> {
  const raw = form.get("data");
  let data: unknown = {};
  if (typeof raw === "string") {
    try {
      data = JSON.parse(raw);
    } catch {
      data = {};
    }
  }
  const files: IncomingFile[] = [];
  for (const entry of form.getAll("files")) {
    if (typeof entry === "string") continue;
    files.push({ name: entry.name, bytes: new Uint8Array(await entry.arrayBuffer()) });
  }
  return { data, files };
}

import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@/server/db/schema/constants";
import { ATTACHMENT_MIME_TYPES, type AttachmentMimeType } from "@/server/db/schema/constants";
import { DomainError } from "@/server/domain/errors";

export type IncomingFile = { name: string; bytes: Uint8Array };
export type ProcessedFile = {
  originalName: string;
  mimeType: AttachmentMimeType;
  extension: string;
  bytes: Uint8Array;
  sha256: string;
};

const EXTENSION: Record<AttachmentMimeType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

function cleanName(name: string): string {
  // Keep the base name readable; drop paths and control characters.
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = [...base].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f).join("");
  return cleaned.trim().slice(0, 200) || "lampiran";
}

/** Re-encodes an image without its metadata (EXIF, GPS, XMP, ICC comments), after applying its orientation. */
async function stripImage(bytes: Uint8Array, mime: AttachmentMimeType): Promise<Uint8Array> {
  const image = sharp(bytes, { failOn: "error" }).rotate();
  const out = mime === "image/jpeg" ? image.jpeg({ quality: 85, mozjpeg: true }) : mime === "image/png" ? image.png() : image.webp({ quality: 85 });
  return new Uint8Array(await out.toBuffer());
}

/**
 * Checks each file's real type from its bytes (never its name), its size and the count, and strips photo
 * metadata before anything is stored. Refusals name the file's field so the form can show them beside it.
 */
export async function processAttachments(files: IncomingFile[]): Promise<ProcessedFile[]> {
  if (files.length > MAX_ATTACHMENTS) {
    throw new DomainError("VALIDATION", "too many attachments", { attachments: ["errors.attachmentCount"] });
  }
  const errors: Record<string, string[]> = {};
  const processed: ProcessedFile[] = [];
  for (const [i, file] of files.entries()) {
    const field = `attachments.${i}`;
    if (file.bytes.byteLength === 0 || file.bytes.byteLength > MAX_ATTACHMENT_BYTES) {
      errors[field] = ["errors.attachmentSize"];
      continue;
    }
    const detected = await fileTypeFromBuffer(file.bytes);
    const mime = detected?.mime as AttachmentMimeType | undefined;
    if (!mime || !(ATTACHMENT_MIME_TYPES as readonly string[]).includes(mime)) {
      errors[field] = ["errors.attachmentType"];
      continue;
    }
    let bytes = file.bytes;
    if (mime !== "application/pdf") {
      try {
        bytes = await stripImage(file.bytes, mime);
      } catch {
        errors[field] = ["errors.attachmentUnreadable"];
        continue;
      }
    }
    processed.push({
      originalName: cleanName(file.name),
      mimeType: mime,
      extension: EXTENSION[mime],
      bytes,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    });
  }
  if (Object.keys(errors).length > 0) throw new DomainError("VALIDATION", "attachments refused", errors);
  return processed;
}

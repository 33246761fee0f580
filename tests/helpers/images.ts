import sharp from "sharp";

/** A real JPEG photo carrying camera and GPS metadata, as a phone would send it. */
export async function jpegWithGps(): Promise<Uint8Array> {
  const buf = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: "SigapPhone", Model: "Queue Cam", Artist: "Andi Wijaya" },
      IFD3: { GPSLatitudeRef: "S", GPSLatitude: "6/1 7/1 3200/100", GPSLongitudeRef: "E", GPSLongitude: "106/1 39/1 5000/100" },
    })
    .toBuffer();
  return new Uint8Array(buf);
}

export async function png(): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width: 8, height: 8, channels: 4, background: "#0b4a46" } })
      .png()
      .toBuffer(),
  );
}

export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

/**
 * Logo uploads are checked by content, not by name or declared type: only PNG and JPEG
 * signatures pass (an SVG — which can carry script — or anything else is refused). The
 * pixel size is read from the header and capped: decoding costs width × height × 4 bytes
 * whatever the file's size, so a 1 MB PNG declaring 16000 × 16000 pixels would take
 * gigabytes in every PDF export (issue #13). The same check guards stored logos at render
 * time. Pure.
 */
import { imageDimensions } from "@/lib/images/dimensions";

export const MAX_LOGO_BYTES = 1024 * 1024;
/** Longest side and area an uploaded logo may declare. */
export const MAX_LOGO_SIDE = 2000;
export const MAX_LOGO_PIXELS = 4_000_000;
/** What is kept: the cover prints the logo 36 pt high, so 800 px is sharp at any print resolution. */
export const STORED_LOGO_SIDE = 800;

export const LOGO_LIMIT_TEXT = `at most ${MAX_LOGO_SIDE} × ${MAX_LOGO_SIDE} pixels and ${MAX_LOGO_PIXELS / 1_000_000} megapixels`;

export type LogoCheck = { ok: true; mimeType: "image/png" | "image/jpeg"; width: number; height: number } | { ok: false; message: string };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pixelSize(bytes: Uint8Array, damaged: string): { width: number; height: number } | string {
  const size = imageDimensions(bytes);
  if (!size || size.width === 0 || size.height === 0) return damaged;
  if (size.width > MAX_LOGO_SIDE || size.height > MAX_LOGO_SIDE || size.width * size.height > MAX_LOGO_PIXELS) {
    return `The logo is ${size.width} × ${size.height} pixels; a logo may be ${LOGO_LIMIT_TEXT}. Use a smaller image.`;
  }
  return size;
}

export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, message: "The logo is larger than 1 MB. Use a smaller PNG or JPEG." };
  let mimeType: "image/png" | "image/jpeg";
  let size: ReturnType<typeof pixelSize>;
  if (PNG.every((b, i) => bytes[i] === b)) {
    mimeType = "image/png";
    size = pixelSize(bytes, "This PNG file is damaged.");
  } else if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    // The end-of-image marker closes a complete JPEG (some writers add a few bytes after it).
    const tail = bytes.slice(-64);
    const ends = tail.some((b, i) => b === 0xff && tail[i + 1] === 0xd9);
    if (!ends) return { ok: false, message: "This JPEG file is damaged." };
    mimeType = "image/jpeg";
    size = pixelSize(bytes, "This JPEG file is damaged.");
  } else {
    return { ok: false, message: "The logo must be a PNG or JPEG image (SVG and other formats are not accepted)." };
  }
  if (typeof size === "string") return { ok: false, message: size };
  return { ok: true, mimeType, ...size };
}

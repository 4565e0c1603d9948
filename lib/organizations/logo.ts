/**
 * Logo uploads are checked by content, not by name or declared type: only PNG and JPEG
 * signatures pass (an SVG — which can carry script — or anything else is refused). Pure.
 */
export const MAX_LOGO_BYTES = 1024 * 1024;

export type LogoCheck = { ok: true; mimeType: "image/png" | "image/jpeg" } | { ok: false; message: string };

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, message: "The file is empty." };
  if (bytes.length > MAX_LOGO_BYTES) return { ok: false, message: "The logo is larger than 1 MB. Use a smaller PNG or JPEG." };
  if (PNG.every((b, i) => bytes[i] === b)) {
    // The first chunk of a real PNG is IHDR with a non-zero width and height.
    const isIhdr = String.fromCharCode(...bytes.slice(12, 16)) === "IHDR";
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (!isIhdr || bytes.length < 24 || view.getUint32(16) === 0 || view.getUint32(20) === 0) return { ok: false, message: "This PNG file is damaged." };
    return { ok: true, mimeType: "image/png" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    // The end-of-image marker closes a complete JPEG (some writers add a few bytes after it).
    const tail = bytes.slice(-64);
    const ends = tail.some((b, i) => b === 0xff && tail[i + 1] === 0xd9);
    if (!ends) return { ok: false, message: "This JPEG file is damaged." };
    return { ok: true, mimeType: "image/jpeg" };
  }
  return { ok: false, message: "The logo must be a PNG or JPEG image (SVG and other formats are not accepted)." };
}

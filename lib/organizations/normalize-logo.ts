import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { errorFields, logger } from "@/lib/observability/logger";
import { checkLogo, MAX_LOGO_PIXELS, STORED_LOGO_SIDE } from "./logo";

export interface NormalizedLogo {
  data: Buffer;
  mimeType: "image/png" | "image/jpeg";
  width: number;
  height: number;
}

const refuse = (message: string) => new AppError("validation", message, { logo: [message] });

/**
 * The logo as it is stored: its header checked first (checkLogo: type, bytes, pixel size,
 * nothing decoded yet), then decoded once — with libvips' own pixel cap as a second guard —
 * shrunk to at most STORED_LOGO_SIDE on its longest side and re-encoded. What is kept is
 * then small and written by a known encoder: no trailing data, no metadata, no second
 * frame, whatever the upload carried.
 */
export async function normalizeLogo(bytes: Uint8Array): Promise<NormalizedLogo> {
  const check = checkLogo(bytes);
  if (!check.ok) throw refuse(check.message);
  const damaged = check.mimeType === "image/png" ? "This PNG file is damaged." : "This JPEG file is damaged.";
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_LOGO_PIXELS, failOn: "error", sequentialRead: true })
      .rotate()
      .resize({ width: STORED_LOGO_SIDE, height: STORED_LOGO_SIDE, fit: "inside", withoutEnlargement: true });
    const encoded = check.mimeType === "image/png" ? image.png({ compressionLevel: 9 }) : image.jpeg({ quality: 90, mozjpeg: true });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { data, mimeType: check.mimeType, width: info.width, height: info.height };
  } catch (error) {
    // The header passed, so a failure here is the content: corrupt data, or more pixels than the header said.
    logger().warn({ event: "logo.undecodable", err: { message: errorFields(error).err.message } }, "a logo upload could not be decoded");
    throw refuse(damaged);
  }
}

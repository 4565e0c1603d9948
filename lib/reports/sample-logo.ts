/**
 * A small, valid PNG drawn in code: a stand-in organization logo for the PDF benchmark and
 * tests (no binary fixtures in the repository). Not used by the report itself.
 */
import { deflateSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const body = Buffer.concat([head.subarray(4), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/**
 * A `width`×`height` RGB logo: a rounded mark in `rgb` followed by three bars, on white.
 */
export function sampleLogoPng(width = 240, height = 60, rgb: [number, number, number] = [15, 118, 110]): Uint8Array {
  const rows: Buffer[] = [];
  const mark = height;
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3, 255); // filter byte 0, then white pixels
    row[0] = 0;
    for (let x = 0; x < width; x += 1) {
      const dx = Math.max(0, Math.abs(x - mark / 2) - mark / 4);
      const dy = Math.max(0, Math.abs(y - mark / 2) - mark / 4);
      const inMark = x < mark && dx * dx + dy * dy <= (mark / 4) ** 2;
      const bar = x > mark * 1.25 && [0.3, 0.5, 0.7].some((c) => Math.abs(y / height - c) < 0.06) && x < width - (y / height) * 60;
      if (inMark || bar) rgb.forEach((v, i) => (row[1 + x * 3 + i] = inMark ? v : Math.round(v * 0.6 + 255 * 0.4)));
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", header),
      chunk("IDAT", deflateSync(Buffer.concat(rows))),
      chunk("IEND", new Uint8Array()),
    ]),
  );
}

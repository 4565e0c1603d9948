import { describe, expect, it } from "vitest";
import { imageDimensions } from "@/lib/images/dimensions";
import { checkLogo, MAX_LOGO_BYTES } from "@/lib/organizations/logo";
import { bombPng, jpegHeader, tinyPng } from "../../support/images";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("checkLogo", () => {
  it("accepts a real PNG and a JPEG by their content", () => {
    expect(checkLogo(tinyPng())).toEqual({ ok: true, mimeType: "image/png", width: 4, height: 4 });
    expect(checkLogo(jpegHeader(640, 200))).toEqual({ ok: true, mimeType: "image/jpeg", width: 640, height: 200 });
  });

  it("refuses an SVG with script, text, an empty file and a truncated PNG", () => {
    const svg = bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(checkLogo(svg)).toMatchObject({ ok: false, message: expect.stringContaining("PNG or JPEG") });
    expect(checkLogo(bytes("just text, named logo.png"))).toMatchObject({ ok: false });
    expect(checkLogo(new Uint8Array())).toMatchObject({ ok: false, message: "The file is empty." });
    expect(checkLogo(tinyPng().slice(0, 12))).toMatchObject({ ok: false, message: "This PNG file is damaged." });
  });

  it("refuses anything over 1 MB", () => {
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(tinyPng());
    expect(checkLogo(big)).toMatchObject({ ok: false, message: expect.stringContaining("larger than 1 MB") });
  });

  it("refuses a JPEG without a frame header: its size cannot be known before decoding", () => {
    const noFrame = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);
    expect(checkLogo(noFrame)).toMatchObject({ ok: false, message: "This JPEG file is damaged." });
  });

  it("refuses a small file that declares a huge image, naming the limit, before decoding anything", async () => {
    const bomb = await bombPng(12000, 12000);
    // The point of the attack: under the byte limit, yet 432 MB of pixels.
    expect(bomb.length).toBeLessThan(MAX_LOGO_BYTES);
    expect(imageDimensions(bomb)).toEqual({ width: 12000, height: 12000 });
    const limit = /12000 × 12000 pixels; a logo may be at most 2000 × 2000 pixels and 4 megapixels/;
    expect(checkLogo(bomb)).toMatchObject({ ok: false, message: expect.stringMatching(limit) });
    expect(checkLogo(jpegHeader(65000, 65000))).toMatchObject({ ok: false, message: expect.stringContaining("65000 × 65000 pixels") });
    // The side and the area are both capped: 2000 × 2000 passes, 2001 × 10 and 1990 × 2010 do not.
    expect(checkLogo(jpegHeader(2000, 2000))).toMatchObject({ ok: true });
    expect(checkLogo(jpegHeader(2001, 10))).toMatchObject({ ok: false });
    expect(checkLogo(jpegHeader(1990, 2010))).toMatchObject({ ok: false });
  });
});

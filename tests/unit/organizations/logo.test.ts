import { describe, expect, it } from "vitest";
import { checkLogo, MAX_LOGO_BYTES } from "@/lib/organizations/logo";
import { tinyPng } from "../../support/images";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("checkLogo", () => {
  it("accepts a real PNG and a JPEG by their content", () => {
    expect(checkLogo(tinyPng())).toEqual({ ok: true, mimeType: "image/png" });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);
    expect(checkLogo(jpeg)).toEqual({ ok: true, mimeType: "image/jpeg" });
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
});

/**
 * next-auth 4 depends on jose 4 and openid-client 5, which no longer receive fixes
 * (docs/decisions/0001-next-auth-4-containment.md). They stay unreachable as long as
 * next-auth hands every session token to our codec (on a maintained jose) and no provider
 * but Credentials runs next-auth's OAuth/OpenID code. This fails when either changes.
 */
import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/jwt-codec";

describe("next-auth 4 containment", () => {
  it("encodes and decodes session tokens with our codec, not next-auth's jose 4", () => {
    expect(authOptions().jwt?.encode).toBe(encodeSessionToken);
    expect(authOptions().jwt?.decode).toBe(decodeSessionToken);
  });

  it("configures only the Credentials provider, so openid-client never runs", () => {
    expect(authOptions().providers.map((provider) => provider.type)).toEqual(["credentials"]);
  });
});

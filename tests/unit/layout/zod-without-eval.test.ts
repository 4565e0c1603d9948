import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { zodWithoutEval } from "@/components/layout/zod-without-eval";

describe("zodWithoutEval", () => {
  afterEach(() => {
    z.config({ jitless: false });
  });

  it("turns on zod's jitless mode without importing zod (zod, loaded first, reads the same object)", () => {
    expect(z.config().jitless).not.toBe(true);
    zodWithoutEval(globalThis as { __zod_globalConfig?: Record<string, unknown> });
    expect(z.config().jitless).toBe(true);
  });

  it("keeps what else is configured", () => {
    const target: { __zod_globalConfig?: Record<string, unknown> } = { __zod_globalConfig: { customError: "kept" } };
    zodWithoutEval(target);
    expect(target.__zod_globalConfig).toEqual({ customError: "kept", jitless: true });
  });
});

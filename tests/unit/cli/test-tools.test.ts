import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { onPath, planTestTools } from "@/lib/cli/test-tools";

const chromium = { pkg: "chromium", why: "a real browser" };
const poppler = { pkg: "poppler-utils", why: "PDFs read back" };

describe("planTestTools", () => {
  it("does nothing when every tool is there", () => {
    expect(planTestTools([], true)).toEqual({ kind: "ready" });
    expect(planTestTools([], false)).toEqual({ kind: "ready" });
  });

  it("installs what is missing when it may, saying why", () => {
    expect(planTestTools([chromium, poppler], true)).toEqual({
      kind: "install",
      packages: ["chromium", "poppler-utils"],
      reasons: ["chromium: a real browser", "poppler-utils: PDFs read back"],
    });
  });

  it("otherwise stops with the one command to run", () => {
    const plan = planTestTools([poppler], false);
    expect(plan.kind).toBe("stop");
    expect(plan.kind === "stop" && plan.message).toContain("sudo apt-get install -y poppler-utils");
  });
});

describe("onPath", () => {
  it("finds an executable the way the shell would, and nothing that is not executable", () => {
    const [a, b] = [mkdtempSync(path.join(tmpdir(), "tools-a-")), mkdtempSync(path.join(tmpdir(), "tools-b-"))];
    writeFileSync(path.join(a, "pdftotext"), "not executable");
    writeFileSync(path.join(b, "pdftotext"), "#!/bin/sh\n");
    chmodSync(path.join(b, "pdftotext"), 0o755);
    expect(onPath("pdftotext", [a, b].join(path.delimiter))).toBe(path.join(b, "pdftotext"));
    expect(onPath("pdftotext", a)).toBeUndefined();
    expect(onPath("pdftotext", "")).toBeUndefined();
  });
});

/**
 * The programs the tests need besides Node: Debian's Chromium (end-to-end, system and
 * Lighthouse runs drive a real browser, never a downloaded one) and poppler's `pdftotext`
 * (reports are read back), and nginx (the several-instances system test balances two servers
 * with it). `npm test` installs what is missing when it can, as CI does, so
 * the README's two commands are enough on a fresh Debian or Ubuntu machine.
 */
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import path from "node:path";

const CHROMIUM_NAMES = ["chromium", "chromium-browser", "google-chrome"];

export interface TestTool {
  /** The Debian package that brings it. */
  pkg: string;
  /** What it is for, said when it is missing. */
  why: string;
  find: () => string | undefined;
}

/** A program on PATH, as the shell would find it. */
export function onPath(name: string, searchPath = process.env.PATH ?? ""): string | undefined {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

function findChromium(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : undefined;
  return CHROMIUM_NAMES.map((name) => onPath(name)).find((found) => found !== undefined);
}

export const TEST_TOOLS: TestTool[] = [
  { pkg: "chromium", why: "the end-to-end and system tests drive a real Chromium", find: findChromium },
  { pkg: "poppler-utils", why: "report tests read PDFs back with pdftotext", find: () => onPath("pdftotext") },
  { pkg: "nginx-light", why: "a system test runs two app instances behind nginx", find: findNginx },
];

/** nginx lives in /usr/sbin, which a non-root PATH often lacks. */
export function findNginx(): string | undefined {
  return onPath("nginx", `${process.env.PATH ?? ""}${path.delimiter}/usr/sbin`);
}

/** Debian's Chromium; the tests never download a browser of their own. */
export function chromiumPath(): string {
  const found = findChromium();
  if (!found) {
    throw new Error(
      "No Chromium found. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH; the end-to-end tests never skip.",
    );
  }
  return found;
}

export type ToolPlan = { kind: "ready" } | { kind: "install"; packages: string[]; reasons: string[] } | { kind: "stop"; message: string };

/**
 * What to do about missing tools: nothing, install them with apt-get (only as root on a
 * machine that has it), or stop before the first stage with the one command to run.
 */
export function planTestTools(missing: Pick<TestTool, "pkg" | "why">[], canInstall: boolean): ToolPlan {
  if (missing.length === 0) return { kind: "ready" };
  const packages = missing.map((tool) => tool.pkg);
  const reasons = missing.map((tool) => `${tool.pkg}: ${tool.why}`);
  if (canInstall) return { kind: "install", packages, reasons };
  return {
    kind: "stop",
    message: [
      `preflight: the tests need ${packages.join(" and ")} (${reasons.join("; ")}).`,
      `Run: sudo apt-get install -y ${packages.join(" ")}   (or set CHROMIUM_PATH to a Chromium), then npm test again.`,
    ].join("\n"),
  };
}

/** Installs what is missing when it can; returns a message to stop with when it cannot. */
export function ensureTestTools(): string | undefined {
  const missing = TEST_TOOLS.filter((tool) => tool.find() === undefined);
  const canInstall = process.getuid?.() === 0 && onPath("apt-get") !== undefined;
  const plan = planTestTools(missing, canInstall);
  if (plan.kind === "ready") return undefined;
  if (plan.kind === "stop") return plan.message;
  console.log(`preflight: installing ${plan.packages.join(" ")} with apt-get (${plan.reasons.join("; ")})`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  const install =
    update.status === 0 ? spawnSync("apt-get", ["install", "-y", "-qq", ...plan.packages], { stdio: "inherit", env }) : update;
  if (install.status !== 0)
    return `preflight: apt-get could not install ${plan.packages.join(" ")}; install them by hand (apt-get install -y ${plan.packages.join(" ")}) and run npm test again.`;
  // Debian starts the nginx service on port 80 when it installs it; the tests run their own.
  if (plan.packages.includes("nginx-light")) spawnSync("service", ["nginx", "stop"], { stdio: "ignore" });
  const stillMissing = TEST_TOOLS.filter((tool) => tool.find() === undefined).map((tool) => tool.pkg);
  return stillMissing.length > 0
    ? `preflight: ${stillMissing.join(" and ")} still missing after apt-get; set CHROMIUM_PATH or install them by hand.`
    : undefined;
}

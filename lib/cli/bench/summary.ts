/** The headline figures of every benchmark's .bench/<name>.json, as one table against the goals. */
import { existsSync, readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";

export interface SummaryRow {
  benchmark: string;
  measure: string;
  value: string;
  goal: string;
  status: "met" | "missed" | "info" | "not run";
}

type Json = Record<string, unknown>;

const num = (value: unknown) => (typeof value === "number" ? value : NaN);
const fixed = (value: unknown, digits = 1) => num(value).toFixed(digits);
const at = (value: unknown, ...keys: (string | number)[]): unknown =>
  keys.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Json)[key as string] : undefined), value);

export function machineDescription(): string {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? "unknown CPU"}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, ${process.platform} ${process.arch}, node ${process.version}`;
}

function row(benchmark: string, measure: string, value: string, goal: string, met: boolean | null): SummaryRow {
  return { benchmark, measure, value, goal, status: met === null ? "info" : met ? "met" : "missed" };
}

function engine(data: unknown): SummaryRow[] {
  const results = (at(data, "results") as Json[] | undefined) ?? [];
  return results.map((r) =>
    row(
      "engine",
      `evaluate / parse p50, ${String(r.name)}`,
      `×${fixed(r.ratioP50, 2)} (${fixed(at(r, "evaluate", "p50Us"))} µs / ${fixed(at(r, "parse", "p50Us"))} µs)`,
      "≤ ×1",
      num(r.ratioP50) <= 1,
    ),
  );
}

function saves(data: unknown): SummaryRow[] {
  const levels = (at(data, "levels") as Json[] | undefined) ?? [];
  return levels.flatMap((l) => [
    row(
      "autosave",
      `${String(l.editors)} editors: save p50 / p95, saves/s`,
      `${fixed(at(l, "saves", "p50"))} / ${fixed(at(l, "saves", "p95"))} ms, ${fixed(at(l, "saves", "perSecond"), 0)}/s`,
      "",
      null,
    ),
    row(
      "autosave",
      `${String(l.editors)} editors: vs /api/health p50 (${fixed(at(l, "trivial", "p50"))} ms)`,
      `×${fixed(l.ratioP50, 2)}`,
      "≤ ×3",
      num(l.ratioP50) <= 3,
    ),
  ]);
}

function dashboard(data: unknown): SummaryRow[] {
  const ms = (name: string) => `${fixed(at(data, "serverMs", name, "p50"))} / ${fixed(at(data, "serverMs", name, "p95"))} ms`;
  const ratio = num(at(data, "ratioPortfolioToTrivialPage", "p50"));
  const js = (at(data, "firstLoadJsGzipKb") as Json | undefined) ?? {};
  return [
    row("dashboard", "portfolio, 1,000 projects: p50 / p95", ms("portfolio"), "", null),
    row(
      "dashboard",
      `portfolio vs trivial page p50 (${fixed(at(data, "serverMs", "trivialPage", "p50"))} ms)`,
      `×${ratio.toFixed(2)}`,
      "≤ ×3",
      ratio <= 3,
    ),
    row("dashboard", "project dashboard p50 / p95", ms("projectDashboard"), "", null),
    ...Object.entries(js).map(([route, kb]) => row("first-load JS", `${route} (gzip)`, `${fixed(kb)} kB`, "≤ 280 kB", num(kb) <= 280)),
  ];
}

function pdf(data: unknown): SummaryRow[] {
  const report = (name: string, goal: number) => {
    const p95 = num(at(data, "results", name, "p95Ms"));
    return row(
      "pdf",
      `${name} (${String(at(data, "results", name, "pages"))} pages) p50 / p95`,
      `${fixed(at(data, "results", name, "p50Ms"), 0)} / ${p95.toFixed(0)} ms`,
      `p95 ≤ ${goal} ms`,
      p95 <= goal,
    );
  };
  const growth = Math.max(num(at(data, "memory", "rssGrowthMb")), num(at(data, "memory", "heapGrowthMb")));
  return [
    report("typical", 300),
    report("large", 1500),
    report("plan", 1500),
    row("pdf", `memory growth over ${String(at(data, "memory", "renders"))} renders`, `${growth.toFixed(1)} MB`, "< 50 MB", growth < 50),
  ];
}

function lighthouse(data: unknown): SummaryRow[] {
  const rows = (at(data, "rows") as Json[] | undefined) ?? [];
  return rows.flatMap((r) => {
    const goal = r.formFactor === "desktop" ? 95 : 90;
    return [
      row(
        "lighthouse",
        `${String(r.page)} ${String(r.formFactor)} performance`,
        String(r.performance),
        `≥ ${goal}`,
        num(r.performance) >= goal,
      ),
      row(
        "lighthouse",
        `${String(r.page)} ${String(r.formFactor)} accessibility`,
        String(r.accessibility),
        "100",
        num(r.accessibility) >= 100,
      ),
    ];
  });
}

function workspace(data: unknown): SummaryRow[] {
  const results = (at(data, "results") as Json[] | undefined) ?? [];
  const goal = num(at(data, "goal", "p95Ms"));
  return results.map((r) =>
    row(
      "workspace",
      `typing in Q5, key events p50 / p95, ${String(r.document)}`,
      `${fixed(r.p50Ms, 0)} / ${fixed(r.p95Ms, 0)} ms`,
      `p95 ≤ ${goal} ms`,
      num(r.p95Ms) <= goal,
    ),
  );
}

function backup(data: unknown): SummaryRow[] {
  return [
    row(
      "backup",
      `backup of ${String(at(data, "projects"))} projects (${fixed(at(data, "archiveMb"))} MB archive)`,
      `${fixed(at(data, "backupSeconds"))} s`,
      "",
      null,
    ),
    row("backup", "restore (verify, replay, start, stop)", `${fixed(at(data, "restoreSeconds"))} s`, "", null),
    row(
      "backup",
      `autosave p50 during backups vs without (${String(at(data, "autosave", "editors"))} editors)`,
      `×${fixed(at(data, "autosave", "ratioP50"), 2)} (${fixed(at(data, "autosave", "duringBackup", "p50"))} ms)`,
      "≤ ×1.2",
      num(at(data, "autosave", "ratioP50")) <= 1.2,
    ),
  ];
}

function portfolio(data: unknown): SummaryRow[] {
  const ms = (name: string) => `${fixed(at(data, "serverMs", name, "p50"))} / ${fixed(at(data, "serverMs", name, "p95"))} ms`;
  const ratio = num(at(data, "ratioP50ToTrivialPage", "portfolio"));
  return [
    row("portfolio", "portfolio, 10,000 projects: p50 / p95", ms("portfolio"), "", null),
    row(
      "portfolio",
      `portfolio vs trivial page p50 (${fixed(at(data, "serverMs", "trivialPage", "p50"))} ms)`,
      `×${ratio.toFixed(2)}`,
      "≤ ×3",
      ratio <= 3,
    ),
    row("portfolio", "Projects list, 10,000 projects: p50 / p95", ms("projectList"), "", null),
  ];
}

const SECTIONS: [string, (data: unknown) => SummaryRow[]][] = [
  ["engine", engine],
  ["saves", saves],
  ["dashboard", dashboard],
  ["portfolio", portfolio],
  ["pdf", pdf],
  ["lighthouse", lighthouse],
  ["workspace", workspace],
  ["backup", backup],
];

export function benchSummary(dir: string): SummaryRow[] {
  return SECTIONS.flatMap(([name, read]) => {
    const file = path.join(dir, `${name}.json`);
    if (!existsSync(file)) return [{ benchmark: name, measure: "—", value: "—", goal: "—", status: "not run" as const }];
    return read(JSON.parse(readFileSync(file, "utf8")));
  });
}

/**
 * The render threads: a long report rendered in two parts and joined reads exactly like the
 * same report rendered in one, page by page; a failing or hung render fails its request
 * only, and the next report renders on a fresh thread.
 */
import type { ResourceLimits } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { largeAssessment } from "@/lib/cli/bench/large-document";
import { reportSheets } from "@/lib/reports/components/document";
import { buildReportModel } from "@/lib/reports/model";
import { pageWeights } from "@/lib/reports/render-part";
import { RenderLimitError, RenderPool } from "@/lib/reports/render-pool";
import { pdfPageCount, prepareReportRenderer, renderReportPdf } from "@/lib/reports/render-report";
import { splitPages } from "@/lib/reports/split";
import type { ReportInput } from "@/lib/reports/types";
import { example, pdfInfo, pdfPages, pdfText, snapshotInput } from "./fixtures";

const SLOW = 120_000;
const pools: RenderPool[] = [];
const pool = (size: number, timeLimitMs?: number, limits?: ResourceLimits, perTenant?: number) => {
  const created = new RenderPool(size, timeLimitMs, limits, perTenant);
  pools.push(created);
  return created;
};

afterAll(async () => {
  await Promise.all(pools.map((p) => p.close()));
});

describe("render threads", () => {
  it("joins a long report from two parts into the same pages as one render", { timeout: SLOW }, async () => {
    const input = snapshotInput(largeAssessment({ objects: 20, dataSources: 10, actions: 120, testCases: 160, padding: 40 }));
    const layout = reportSheets(buildReportModel(input));
    const [first, second] = splitPages(pageWeights(layout), 2);
    // The report really is split: both parts have pages.
    expect(first!.to).toBeGreaterThan(first!.from);
    expect(second!.to).toBeGreaterThan(second!.from);

    const [one, two] = [pool(1), pool(2)];
    const single = await renderReportPdf(input, one);
    const joined = await renderReportPdf(input, two);
    const pages = layout.sheets.length + 2;
    expect(pdfPages(joined)).toBe(pages);
    expect(pdfPageCount(joined)).toBe(pages);
    // Same text on every page, in the same order (pdftotext ends each page with a form feed).
    const singlePages = pdfText(single).split("\f");
    const joinedPages = pdfText(joined).split("\f");
    expect(joinedPages).toHaveLength(singlePages.length);
    joinedPages.forEach((page, i) => expect(page, `page ${i + 1}`).toBe(singlePages[i]));
    expect(joinedPages[pages - 1]).toContain(`Page ${pages} of ${pages}`);
    // Document information survives the join: title and the snapshot's date, not today's.
    const info = pdfInfo(joined);
    expect(info).toMatch(/^Title:\s+.*AI readiness report$/m);
    expect(info).toMatch(/^CreationDate:\s+2025-03-14T09:05:00/m);
    expect(info).toMatch(/^Producer:\s+Preflight report renderer/m);
    // And the join is reproducible, byte for byte.
    expect(Buffer.compare(joined, await renderReportPdf(structuredClone(input), two))).toBe(0);
    // Both threads ran, and each reports its heap (the benchmark's memory figures).
    const heaps = await two.heapUsage();
    expect(heaps).toHaveLength(2);
    for (const bytes of heaps) expect(bytes).toBeGreaterThan(1_000_000);
  });

  it("fails only the report whose render fails; the next one renders", { timeout: SLOW }, async () => {
    const threads = pool(1);
    const broken = { ...snapshotInput(example("ready")), evaluation: null } as unknown as ReportInput;
    await expect(renderReportPdf(broken, threads)).rejects.toThrow();
    const pdf = await renderReportPdf(snapshotInput(example("ready")), threads);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(5);
  });

  it("ends a render that overruns the time limit, then renders the next report on a fresh thread", { timeout: SLOW }, async () => {
    const threads = pool(1, 1);
    await expect(renderReportPdf(snapshotInput(example("blocked")), threads)).rejects.toThrow("took too long");
    const patient = pool(1);
    const pdf = await renderReportPdf(snapshotInput(example("blocked")), patient);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(5);
  });

  it(
    "ends a render that outgrows the thread's memory limit with a clear error, and the process and the next report live on",
    { timeout: SLOW },
    async () => {
      const small = pool(1, undefined, { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 });
      const large = snapshotInput(largeAssessment({ objects: 20, dataSources: 10, actions: 300, testCases: 500, padding: 40 }));
      const failure = renderReportPdf(large, small);
      await expect(failure).rejects.toBeInstanceOf(RenderLimitError);
      await expect(failure).rejects.toThrow(/needs more memory than one report may use \(48 MB\)/);
      // The same pool starts a fresh thread for the next report.
      const ok = await renderReportPdf(snapshotInput(example("ready")), pool(1)).then(pdfPages);
      expect(ok).toBeGreaterThanOrEqual(5);
    },
  );

  it("splits a report over as many threads as its organization may use and has free", () => {
    expect(pool(3, undefined, undefined, 2).partsFor("a")).toBe(2);
    expect(pool(2).partsFor("a")).toBe(2);
    expect(pool(1).partsFor("a")).toBe(1);
  });

  it("warms every thread of a pool once, however often a dashboard asks", { timeout: SLOW }, async () => {
    const warmed = pool(2);
    expect(await warmed.heapUsage()).toEqual([]);
    const first = prepareReportRenderer(warmed);
    expect(prepareReportRenderer(warmed)).toBe(first);
    await first;
    expect(await warmed.heapUsage()).toHaveLength(2);
    expect(prepareReportRenderer(warmed)).toBe(first);
    const another = prepareReportRenderer(pool(1));
    expect(another).not.toBe(first);
    await another;
  });
});

/**
 * One running export per organization (issue #13): the next ones wait in order, a burst
 * beyond the queue is refused with 429, a wait that lasts too long ends in 503 — never a
 * 500 — and other organizations are never held up.
 */
import { describe, expect, it } from "vitest";
import { AppError, httpStatusOf } from "@/lib/errors";
import { ExportGate } from "@/lib/reports/export-gate";

const later = () => {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release };
};

const statusOf = (error: unknown) => (error instanceof AppError ? httpStatusOf(error) : 500);

describe("ExportGate", () => {
  it("runs one export per organization at a time, the next in order, and other organizations at once", async () => {
    const gate = new ExportGate({ maxWaiting: 2, maxWaitMs: 10_000 });
    const events: string[] = [];
    const first = later();
    const positions: number[] = [];
    const a1 = gate.run("a", async () => {
      events.push("a1 start");
      await first.promise;
      events.push("a1 end");
    });
    const a2 = gate.run(
      "a",
      async () => {
        events.push("a2 start");
      },
      (position) => positions.push(position),
    );
    const a3 = gate.run(
      "a",
      async () => {
        events.push("a3 start");
      },
      (position) => positions.push(position),
    );
    const a4 = gate.run("a", async () => {
      events.push("a4 start");
    });
    await gate.run("b", async () => {
      events.push("b1");
    });
    expect(events).toEqual(["a1 start", "b1"]);
    expect(positions).toEqual([1, 2]);
    const refused = await a4.catch((error: unknown) => error);
    expect(statusOf(refused)).toBe(429);
    expect((refused as AppError).message).toMatch(/already has a report export running and 2 more waiting/);
    expect((refused as AppError).retryAfterSeconds).toBeGreaterThan(0);
    first.release();
    await Promise.all([a1, a2, a3]);
    expect(events).toEqual(["a1 start", "b1", "a1 end", "a2 start", "a3 start"]);
  });

  it("answers a wait past the limit with 503 and a Retry-After, and the line moves on", async () => {
    const gate = new ExportGate({ maxWaiting: 2, maxWaitMs: 50 });
    const first = later();
    const a1 = gate.run("a", () => first.promise);
    const timedOut = await gate.run("a", async () => "never").catch((error: unknown) => error);
    expect(statusOf(timedOut)).toBe(503);
    expect((timedOut as AppError).retryAfterSeconds).toBe(60);
    first.release();
    await a1;
    await expect(gate.run("a", async () => "next")).resolves.toBe("next");
  });

  it("lets the next export run when the running one fails", async () => {
    const gate = new ExportGate();
    await expect(
      gate.run("a", async () => {
        throw new Error("render failed");
      }),
    ).rejects.toThrow("render failed");
    await expect(gate.run("a", async () => "after")).resolves.toBe("after");
  });
});

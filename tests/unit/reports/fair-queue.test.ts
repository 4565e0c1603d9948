/**
 * The render pool's scheduling (issue #13): organizations take turns, none runs more than
 * its share of threads at once, and a tenant with many jobs cannot starve one with a few.
 */
import { describe, expect, it } from "vitest";
import { FairQueue } from "@/lib/reports/fair-queue";

describe("FairQueue", () => {
  it("serves organizations in turn, oldest job first within each", () => {
    const queue = new FairQueue<string>(10);
    for (const job of ["a1", "a2", "a3"]) queue.push("a", job);
    queue.push("b", "b1");
    queue.push("c", "c1");
    queue.push("b", "b2");
    const order = Array.from({ length: 6 }, () => queue.take()!.job);
    expect(order).toEqual(["a1", "b1", "c1", "a2", "b2", "a3"]);
    expect(queue.take()).toBeNull();
  });

  it("never runs more than the per-organization limit at once, leaving threads to the others", () => {
    const queue = new FairQueue<string>(2);
    for (const job of ["a1", "a2", "a3", "a4"]) queue.push("a", job);
    expect(queue.take()!.job).toBe("a1");
    expect(queue.take()!.job).toBe("a2");
    // A's third part waits however many threads are free…
    expect(queue.take()).toBeNull();
    // …while another organization's report starts at once.
    queue.push("b", "b1");
    expect(queue.take()).toEqual({ tenant: "b", job: "b1" });
    queue.done("a");
    expect(queue.take()!.job).toBe("a3");
    expect(queue.size).toBe(1);
    expect(queue.drain()).toEqual(["a4"]);
    expect(queue.size).toBe(0);
  });
});

/**
 * The render pool's waiting jobs, one FIFO per organization, served round-robin: the next
 * free thread takes the next organization's oldest job in turn, and an organization never
 * runs more than `perTenant` jobs at once. So one tenant's largest export (its parts on
 * `perTenant` threads) always leaves a thread for everyone else, and a tenant with many
 * queued jobs cannot starve one with a single job (issue #13). Pure data structure.
 */
export class FairQueue<Job> {
  private readonly waiting = new Map<string, Job[]>();
  private readonly running = new Map<string, number>();
  /** Tenants with waiting jobs, in the order they get their next turn. */
  private readonly turns: string[] = [];

  constructor(readonly perTenant: number) {}

  get size(): number {
    let total = 0;
    for (const jobs of this.waiting.values()) total += jobs.length;
    return total;
  }

  /** Jobs of `tenant` running now. */
  runningFor(tenant: string): number {
    return this.running.get(tenant) ?? 0;
  }

  push(tenant: string, job: Job): void {
    const jobs = this.waiting.get(tenant);
    if (jobs) jobs.push(job);
    else {
      this.waiting.set(tenant, [job]);
      this.turns.push(tenant);
    }
  }

  /** The next job whose tenant is under its limit, counted as running; null when none may start. */
  take(): { tenant: string; job: Job } | null {
    for (let i = 0; i < this.turns.length; i += 1) {
      const tenant = this.turns[i]!;
      if ((this.running.get(tenant) ?? 0) >= this.perTenant) continue;
      const jobs = this.waiting.get(tenant)!;
      const job = jobs.shift()!;
      this.turns.splice(i, 1);
      // Its next job, if any, waits for every other tenant's turn.
      if (jobs.length > 0) this.turns.push(tenant);
      else this.waiting.delete(tenant);
      this.running.set(tenant, (this.running.get(tenant) ?? 0) + 1);
      return { tenant, job };
    }
    return null;
  }

  /** A job taken from `tenant` has finished (or failed). */
  done(tenant: string): void {
    const left = (this.running.get(tenant) ?? 1) - 1;
    if (left > 0) this.running.set(tenant, left);
    else this.running.delete(tenant);
  }

  /** Empties the queue (no thread can start): every waiting job, for the caller to fail. */
  drain(): Job[] {
    const all = [...this.waiting.values()].flat();
    this.waiting.clear();
    this.turns.length = 0;
    return all;
  }
}

/**
 * Autosave load for the benchmarks: editors who each own a project of a benchmark
 * organization and save its whole draft through the real autosave API, one save after
 * another, as the workspace does; latencies summarized as p50 / p95 / throughput.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { hashPassword } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import type { AssessmentDocument } from "@/lib/readiness";
import { Session } from "../http/session";
import { percentile } from "../http/timing";

export interface Timed {
  p50: number;
  p95: number;
  perSecond: number;
  requests: number;
}

export function summarize(latencies: number[], seconds: number): Timed {
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    perSecond: round(latencies.length / seconds),
    requests: latencies.length,
  };
}

export type Request = (worker: number, i: number) => Promise<Response>;

/**
 * Runs requests in each of `workers` concurrent loops while `more(i)` holds; every answer must
 * be 200. Latencies are also added to `into`, to summarize several runs as one.
 */
export async function loadWhile(workers: number, more: (i: number) => boolean, request: Request, into: number[] = []): Promise<Timed> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; more(i); i += 1) {
        const t0 = performance.now();
        const response = await request(worker, i);
        await response.arrayBuffer();
        const latency = performance.now() - t0;
        latencies.push(latency);
        into.push(latency);
        if (response.status !== 200) throw new Error(`worker ${worker} got ${response.status}`);
      }
    }),
  );
  return summarize(latencies, (performance.now() - started) / 1000);
}

/** `count` requests in each of `workers` concurrent loops. */
export function load(workers: number, count: number, request: Request): Promise<Timed> {
  return loadWhile(workers, (i) => i < count, request);
}

/** One editor for each of the organization's first `count` projects (members with the editor role), all with `password`. */
export async function addProjectEditors(db: Db, organizationId: string, password: string, count?: number) {
  const projects = await db.project.findMany({ where: { organizationId }, select: { id: true }, orderBy: { name: "asc" }, take: count });
  const passwordHash = await hashPassword(password);
  const emails = projects.map((_, i) => `editor-${i}@preflight.local`);
  await db.user.createMany({ data: emails.map((email, i) => ({ email, name: `Editor ${i}`, passwordHash })) });
  const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true } });
  await db.membership.createMany({ data: users.map((u) => ({ organizationId, userId: u.id, role: "editor" as const })) });
  return { projects: projects.map((p) => p.id), emails };
}

/**
 * Signs every editor in and returns their save: the whole draft of public/examples/ready.json
 * with one score and its note changed, against the last acknowledged revision.
 */
export async function editorSaves(
  base: string,
  slug: string,
  editors: { projects: string[]; emails: string[] },
  password: string,
  root: string,
) {
  const template = JSON.parse(readFileSync(path.join(root, "public/examples/ready.json"), "utf8")) as AssessmentDocument;
  const { projects, emails } = editors;
  const sessions = await Promise.all(
    emails.map(async (email) => {
      const session = new Session(base);
      await session.signIn(email, password);
      return session;
    }),
  );
  const url = (editor: number) => `/api/o/${slug}/projects/${projects[editor]}/assessment`;
  const revisions = await Promise.all(
    projects.map(async (_, i) => ((await (await sessions[i]!.get(url(i))).json()) as { revision: number }).revision),
  );
  const save: Request = async (editor, i) => {
    const scores = { ...template.scores, workflowMapping: { score: 1 + (i % 5), note: `Editor ${editor}, edit ${i}` } };
    const response = await sessions[editor]!.request("PUT", url(editor), {
      json: { baseRevision: revisions[editor], answers: template.answers, scores },
    });
    if (response.status === 200) revisions[editor] = ((await response.clone().json()) as { revision: number }).revision;
    return response;
  };
  return { save, sessions };
}

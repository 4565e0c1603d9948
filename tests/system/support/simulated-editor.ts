/**
 * A person editing an assessment as the workspace's autosave does (components/workspace/
 * autosave-machine.ts): one save in flight at a time, sent against the last acknowledged
 * revision; a failed request is retried unchanged; a 409 that already holds exactly what was
 * sent counts as saved (the request landed, its answer was lost); any other 409 rebases the
 * next edit on the server's version. Every save writes a tag no other save has, so each
 * stored state and each audit event names the one request it came from.
 */
import type { Session } from "@/lib/cli/http/session";
import { diffFields } from "@/lib/assessments/diff";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export interface Doc {
  answers: Record<string, Json>;
  scores: Record<string, Json>;
}

export interface SentSave {
  tag: string;
  editor: string;
  projectId: string;
  content: Doc;
}

export interface Acknowledged {
  tag: string;
  editor: string;
  projectId: string;
  revision: number;
  /** "saved": a 2xx; "confirmed": a 409 whose current version is exactly this save. */
  how: "saved" | "confirmed";
  at: number;
}

/** Everything every editor sent and every acknowledgement it received. */
export class SaveLedger {
  readonly sent = new Map<string, SentSave>();
  readonly acknowledged: Acknowledged[] = [];
  readonly statuses = new Map<number, number>();
  /** Answers the workspace could not make sense of; the editor stops at the first. */
  readonly unexpected: string[] = [];
  networkFailures = 0;
  conflicts = 0;

  count(status: number): void {
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
  }
}

export const TAG_PATH = "answers.workflow.name";

const isObject = (value: Json | undefined): value is Record<string, Json> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const object = (value: Json | undefined): Record<string, Json> => (isObject(value) ? value : {});

/** The n-th edit: a new tag, and two scores that move the verdict, readiness index and blockers. */
function edit(doc: Doc, tag: string, n: number, seed: number): Doc {
  const workflow = object(doc.answers.workflow);
  return {
    answers: { ...doc.answers, workflow: { ...workflow, name: tag } },
    scores: {
      ...doc.scores,
      workflowMapping: { ...object(doc.scores.workflowMapping), score: 1 + (n % 5) },
      securityControls: { ...object(doc.scores.securityControls), score: 1 + ((n + seed) % 5) },
    },
  };
}

function parseObject(text: string): Record<string, Json> {
  try {
    const value = JSON.parse(text) as Json;
    return isObject(value) ? value : {};
  } catch {
    return {};
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Outcome = { kind: "answer"; status: number; body: Record<string, Json> } | { kind: "network" };

export class SimulatedEditor {
  private saves = 0;
  private doc: Doc;
  private revision: number;

  constructor(
    readonly name: string,
    private readonly seed: number,
    private readonly session: Session,
    private readonly url: string,
    private readonly projectId: string,
    private readonly ledger: SaveLedger,
    start: { revision: number; doc: Doc },
  ) {
    this.doc = start.doc;
    this.revision = start.revision;
  }

  private async put(save: SentSave): Promise<Outcome> {
    try {
      const response = await this.session.request("PUT", this.url, {
        json: { baseRevision: this.revision, ...save.content },
        signal: AbortSignal.timeout(15_000),
      });
      // Read inside the try: a kill can cut the body after the status line went out.
      const text = await response.text();
      return { kind: "answer", status: response.status, body: parseObject(text) };
    } catch {
      return { kind: "network" };
    }
  }

  /** Saves until `running()` turns false, finishing the save in hand first. */
  async run(running: () => boolean): Promise<void> {
    let pending: SentSave | null = null;
    let attempts = 0;
    // Once stopped, the save in hand is still retried a while: its outcome must be known.
    while (running() || (pending !== null && attempts < 50)) {
      if (pending === null) {
        if (!running()) break;
        this.saves += 1;
        const tag = `${this.name} #${this.saves}`;
        pending = { tag, editor: this.name, projectId: this.projectId, content: edit(this.doc, tag, this.saves, this.seed) };
        this.ledger.sent.set(tag, pending);
        attempts = 0;
      }
      attempts += 1;
      const outcome = await this.put(pending);
      if (outcome.kind === "network" || outcome.status >= 500) {
        if (outcome.kind === "network") this.ledger.networkFailures += 1;
        else this.ledger.count(outcome.status);
        await sleep(150);
        continue; // the same save again, as the workspace retries
      }
      this.ledger.count(outcome.status);
      if (outcome.status === 200 && typeof outcome.body.revision === "number") {
        this.acknowledge(pending, outcome.body.revision, "saved");
      } else if (outcome.status === 409 && isObject(outcome.body.current)) {
        this.onConflict(pending, outcome.body.current);
      } else {
        this.ledger.unexpected.push(`${this.name}: ${outcome.status} ${JSON.stringify(outcome.body)}`);
        return;
      }
      pending = null;
      await sleep(5 + ((this.saves * 7 + this.seed) % 20));
    }
  }

  private acknowledge(save: SentSave, revision: number, how: Acknowledged["how"]): void {
    this.ledger.acknowledged.push({ tag: save.tag, editor: this.name, projectId: this.projectId, revision, how, at: Date.now() });
    this.doc = save.content;
    this.revision = revision;
  }

  private onConflict(save: SentSave, current: Record<string, Json>): void {
    const theirs: Doc = { answers: object(current.answers), scores: object(current.scores) };
    const revision = typeof current.revision === "number" ? current.revision : -1;
    if (diffFields(theirs, save.content).length === 0) return this.acknowledge(save, revision, "confirmed");
    this.ledger.conflicts += 1;
    this.doc = theirs;
    this.revision = revision;
  }
}

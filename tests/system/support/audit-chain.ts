/**
 * What the database must prove after a crash, per assessment: its audit events since the
 * baseline form one chain of saves (each event's before-tag is the previous event's after-tag),
 * each event is exactly the field diff between the two saves it joins, the stored revision is
 * the baseline plus the chain's length, the stored document is the chain's last save, its
 * summary columns are a fresh evaluation of it, and every acknowledged revision holds the
 * save it acknowledged. Returns the problems found, so a failure says what broke.
 */
import type { Db } from "@/lib/db/client";
import { diffFields } from "@/lib/assessments/diff";
import { summarizeDraft } from "@/lib/assessments/evaluation-summary";
import { TAG_PATH, type Doc, type Json, type SaveLedger } from "./simulated-editor";

export interface Baseline {
  projectId: string;
  assessmentId: string;
  revision: number;
  doc: Doc;
  /** Audit events that existed before the load: not part of the chain. */
  eventIds: Set<string>;
}

export interface ChainReport {
  problems: string[];
  /** Tags of the stored revisions baseline+1 … current, in order. */
  chain: string[];
  /** Saves that are stored although their editor never got an acknowledgement. */
  storedUnacknowledged: number;
  finalRevision: number;
}

type Changes = Record<string, { before: unknown; after: unknown }>;

const canonical = (value: unknown) => JSON.stringify(value ?? null);

/** What save-assessment records for a save from `before` to `after`. */
function expectedChanges(before: Doc, after: Doc): Changes {
  return Object.fromEntries(diffFields(before, after).map((c) => [c.path, { before: c.before ?? null, after: c.after ?? null }]));
}

function sameChanges(actual: Changes, expected: Changes): boolean {
  const keys = Object.keys(expected).sort();
  if (canonical(Object.keys(actual).sort()) !== canonical(keys)) return false;
  return keys.every(
    (k) => canonical(actual[k]?.before) === canonical(expected[k]?.before) && canonical(actual[k]?.after) === canonical(expected[k]?.after),
  );
}

function tagOf(doc: Doc): string | null {
  const workflow = doc.answers.workflow;
  const name = typeof workflow === "object" && workflow !== null && !Array.isArray(workflow) ? workflow.name : undefined;
  return typeof name === "string" ? name : null;
}

export async function verifyAssessment(db: Db, ledger: SaveLedger, baseline: Baseline, userIds: Map<string, string>): Promise<ChainReport> {
  const problems: string[] = [];
  const all = await db.auditEvent.findMany({ where: { entityType: "assessment", entityId: baseline.assessmentId } });
  const events = all.filter((e) => !baseline.eventIds.has(e.id));
  const byBefore = new Map<string | null, typeof events>();
  for (const event of events) {
    const tagChange = (event.changes as Changes)[TAG_PATH];
    const key = tagChange && typeof tagChange.before === "string" ? tagChange.before : null;
    byBefore.set(key, [...(byBefore.get(key) ?? []), event]);
  }

  const chain: string[] = [];
  let previous = baseline.doc;
  let previousTag = tagOf(baseline.doc);
  for (;;) {
    const next = byBefore.get(previousTag) ?? [];
    if (next.length === 0) break;
    if (next.length > 1) {
      problems.push(`${next.length} audit events continue from "${previousTag}": revisions were written twice`);
      break;
    }
    const event = next[0]!;
    const tag = (event.changes as Changes)[TAG_PATH]?.after;
    const save = typeof tag === "string" ? ledger.sent.get(tag) : undefined;
    if (!save || save.projectId !== baseline.projectId) {
      problems.push(`an audit event writes "${String(tag)}", which no editor of this project sent`);
      break;
    }
    if (!sameChanges(event.changes as Changes, expectedChanges(previous, save.content))) {
      problems.push(`the audit event of "${save.tag}" is not the diff from "${previousTag}" to it: ${JSON.stringify(event.changes)}`);
    }
    if (event.actorId !== userIds.get(save.editor)) problems.push(`the audit event of "${save.tag}" names another actor`);
    chain.push(save.tag);
    previous = save.content;
    previousTag = save.tag;
  }
  if (chain.length !== events.length)
    problems.push(`${events.length - chain.length} of ${events.length} audit events are not on the chain of saves`);
  if (new Set(chain).size !== chain.length) problems.push("a save appears twice in the chain");

  const stored = await db.assessment.findUniqueOrThrow({ where: { id: baseline.assessmentId } });
  if (stored.revision !== baseline.revision + chain.length) {
    problems.push(`revision ${stored.revision}, but ${chain.length} audit events since revision ${baseline.revision}`);
  }
  const storedDoc: Doc = { answers: stored.answers as Record<string, Json>, scores: stored.scores as Record<string, Json> };
  const mixed = diffFields(storedDoc, previous);
  if (mixed.length > 0)
    problems.push(`the stored document is not the last save "${previousTag}": ${mixed.map((c) => c.path).join(", ")} differ`);
  const lastEditor = chain.length > 0 ? userIds.get(ledger.sent.get(chain.at(-1)!)!.editor) : undefined;
  if (lastEditor && stored.updatedById !== lastEditor) problems.push("updatedBy is not the author of the last save");

  // The summary judges the whole draft, its integration plan included (saves here send none, so it stays).
  const summary = summarizeDraft({ ...storedDoc, plan: stored.plan });
  // Every column the summary writes (the verdict's and the plan's), read back by the same name.
  const storedColumns = stored as unknown as Record<string, unknown>;
  const columns = Object.fromEntries(Object.keys(summary).map((key) => [key, storedColumns[key]]));
  if (canonical(columns) !== canonical(summary))
    problems.push(`summary columns ${canonical(columns)} are not the evaluation ${canonical(summary)}`);

  const acknowledged = ledger.acknowledged.filter((a) => a.projectId === baseline.projectId);
  const misplaced = acknowledged.flatMap((ack) => {
    const atRevision = chain[ack.revision - baseline.revision - 1];
    return atRevision === ack.tag
      ? []
      : [`"${ack.tag}" was acknowledged as revision ${ack.revision}, which holds "${atRevision ?? "nothing"}"`];
  });
  problems.push(
    ...misplaced.slice(0, 3),
    ...(misplaced.length > 3 ? [`and ${misplaced.length - 3} more acknowledged saves are not where they were acknowledged`] : []),
  );
  const acknowledgedTags = new Set(acknowledged.map((a) => a.tag));
  return { problems, chain, storedUnacknowledged: chain.filter((t) => !acknowledgedTags.has(t)).length, finalRevision: stored.revision };
}

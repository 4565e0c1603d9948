/**
 * An uploaded organization archive, checked completely before anything is written: the
 * decompressed size (a gzip bomb stops at the cap, it is never inflated whole), JSON, the
 * format and version, the schema, then the consistency a writer relies on (unique refs,
 * documents that parse, snapshot summaries that agree with their evaluations). Each refusal is
 * one line naming the problem.
 */
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { summarize } from "@/lib/assessments/evaluation-summary";
import { readAuditChanges } from "@/lib/audit/changes";
import { AppError } from "@/lib/errors";
import { ASSESSMENT_FORMAT_V2, parseAnyAssessment, parseAssessmentV2, type ValidationIssue } from "@/lib/readiness";
import { parseSnapshotEvaluation } from "@/lib/assessments/snapshot-read";
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  ARCHIVE_VERSIONS_READ,
  MAX_ARCHIVE_BYTES,
  organizationArchiveSchema,
  type OrganizationArchive,
} from "./format";

const inflate = promisify(gunzip);
const MB = MAX_ARCHIVE_BYTES / 1024 / 1024;

export const refused = (reason: string) => new AppError("validation", `This archive cannot be imported: ${reason}`, { archive: [reason] });

async function decompress(bytes: Uint8Array): Promise<Buffer> {
  if (bytes.byteLength > MAX_ARCHIVE_BYTES) throw refused(`the file is larger than ${MB} MB.`);
  try {
    return await inflate(bytes, { maxOutputLength: MAX_ARCHIVE_BYTES });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ERR_BUFFER_TOO_LARGE") throw refused(`it is larger than ${MB} MB once decompressed.`);
    if (code === "Z_BUF_ERROR") throw refused("the file is truncated (the compressed data ends early).");
    throw refused(`the file is not gzip-compressed (${ARCHIVE_FORMAT} files end in .preflight.json.gz).`);
  }
}

function parseJson(data: Buffer): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(data));
  } catch {
    throw refused("its content is not valid JSON text.");
  }
}

/** Format and version first, so a newer archive is told apart from a broken one. */
function checkFormat(value: unknown): void {
  const head = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  if (head.format !== ARCHIVE_FORMAT) throw refused(`it is not a Preflight organization archive (format is not "${ARCHIVE_FORMAT}").`);
  if (typeof head.version === "number" && head.version > ARCHIVE_VERSION)
    throw refused(`it has format version ${head.version}, newer than this Preflight reads (${ARCHIVE_VERSION}). Update Preflight first.`);
  if (!(ARCHIVE_VERSIONS_READ as readonly unknown[]).includes(head.version))
    throw refused(`its format version is not one this Preflight reads (${ARCHIVE_VERSIONS_READ.join(", ")}).`);
}

const firstIssue = (issues: ValidationIssue[]) => (issues[0] ? `${issues[0].path}: ${issues[0].message}` : "invalid");

/** Refs are unique across the archive, so every row maps to exactly one new id. */
function checkRefs(archive: OrganizationArchive): void {
  const seen = new Set<string>();
  const snapshotIds = new Set<string>();
  const claim = (ref: string, where: string) => {
    if (seen.has(ref)) throw refused(`${where} reuses reference ${ref}.`);
    seen.add(ref);
  };
  claim(archive.organization.ref, "organization");
  const emails = new Set<string>();
  for (const member of archive.members) {
    claim(member.ref, `member ${member.email}`);
    if (emails.has(member.email.toLowerCase())) throw refused(`member ${member.email} is listed twice.`);
    emails.add(member.email.toLowerCase());
  }
  for (const [index, project] of archive.projects.entries()) {
    const where = `projects[${index}] (${project.name})`;
    claim(project.ref, where);
    claim(project.draft.ref, `${where} draft`);
    const numbers = new Set<number>();
    for (const snapshot of project.snapshots) {
      claim(snapshot.ref, `${where} snapshot ${snapshot.number}`);
      if (snapshotIds.has(snapshot.id)) throw refused(`${where} snapshot ${snapshot.number} reuses snapshot id ${snapshot.id}.`);
      snapshotIds.add(snapshot.id);
      if (numbers.has(snapshot.number)) throw refused(`${where} has two snapshots numbered ${snapshot.number}.`);
      numbers.add(snapshot.number);
    }
    if (!project.plan) continue;
    claim(project.plan.ref, `${where} plan`);
    const keys = new Set<string>();
    for (const item of project.plan.items) {
      claim(item.ref, `${where} plan item ${item.key}`);
      if (keys.has(item.key)) throw refused(`${where} has two plan items keyed ${item.key}.`);
      keys.add(item.key);
    }
  }
}

/**
 * Drafts and snapshots hold the public document format (v2 now; a snapshot keeps the format
 * it was made in, v1 or v2, and its evaluation the ruleset that judged it); a snapshot's
 * summary must agree with its evaluation.
 */
function checkDocuments(archive: OrganizationArchive): void {
  for (const [index, project] of archive.projects.entries()) {
    const where = `projects[${index}] (${project.name})`;
    const { answers, scores, plan } = project.draft;
    const draft = parseAssessmentV2({
      format: ASSESSMENT_FORMAT_V2,
      answers,
      scores,
      ...(plan === undefined || plan === null ? {} : { plan }),
    });
    if (!draft.ok) throw refused(`${where} draft: ${firstIssue(draft.issues)}`);
    for (const snapshot of project.snapshots) {
      const at = `${where} snapshot ${snapshot.number}`;
      const document = parseAnyAssessment(snapshot.document);
      if (!document.ok) throw refused(`${at} document: ${firstIssue(document.issues)}`);
      const evaluation = parseSnapshotEvaluation(snapshot.evaluation);
      if (!evaluation.ok) throw refused(`${at} evaluation: ${firstIssue(evaluation.issues)}`);
      const summary = summarize(evaluation.document);
      const agrees =
        evaluation.document.rulesetVersion === snapshot.rulesetVersion &&
        summary.verdict === snapshot.verdict &&
        summary.readinessIndex === snapshot.readinessIndex &&
        summary.blockerCount === snapshot.blockerCount &&
        summary.warningCount === snapshot.warningCount;
      if (!agrees) throw refused(`${at}: its verdict, index, counts or ruleset version do not match its evaluation.`);
    }
  }
}

/** Changes are written back as the history reads them: a map of field to its value before and after. */
function checkAuditChanges(archive: OrganizationArchive): void {
  for (const [index, event] of archive.auditEvents.entries()) {
    try {
      readAuditChanges(event.changes);
    } catch {
      throw refused(`auditEvents[${index}].changes: not a map of field to { before, after }.`);
    }
  }
}

/** The archive in `bytes`, fully checked, or an AppError("validation") naming the first problem. */
export async function readArchive(bytes: Uint8Array): Promise<OrganizationArchive> {
  const value = parseJson(await decompress(bytes));
  checkFormat(value);
  const parsed = organizationArchiveSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refused(`${issue?.path.join(".") || "archive"}: ${issue?.message ?? "invalid"}`);
  }
  checkRefs(parsed.data);
  checkDocuments(parsed.data);
  checkAuditChanges(parsed.data);
  return parsed.data;
}

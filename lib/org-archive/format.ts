/**
 * The organization archive (issue #19, docs/organization-archive.md): one gzip-compressed
 * JSON file holding everything an organization owns, with people named by email and rows by
 * archive-local references ("ref"), never by the exporting instance's ids. Pure: the schema,
 * its limits and its types; reading and writing live beside it.
 *
 * Every array and string has a bound, so a hostile archive is refused by shape before any of
 * it is looked at further (the byte cap on the decompressed text comes first, in read-archive).
 */
import { DATE_FORMATS, DEFAULT_DATE_FORMAT } from "@/lib/utils/format-date";
import { z } from "zod";
import { SYSTEMS } from "@/lib/readiness";
import { MAX_NOTES } from "@/lib/remediation-plan/schema";

export const ARCHIVE_FORMAT = "preflight-organization";
/**
 * The version this code writes. 2 (issue #17): the draft may carry the integration plan and
 * snapshots may hold format v2 documents judged by ruleset 2.0.0, which a version-1 reader
 * would refuse with a confusing schema error instead of "update Preflight first". Version 1
 * archives (no plan, v1 documents) are still read.
 */
export const ARCHIVE_VERSION = 2;
export const ARCHIVE_VERSIONS_READ = [1, 2] as const;
export const ARCHIVE_EXTENSION = ".preflight.json.gz";

/** Decompressed size cap: more than any real organization, small enough to parse in memory. */
export const MAX_ARCHIVE_BYTES = 50 * 1024 * 1024;

export const ARCHIVE_LIMITS = {
  members: 5_000,
  projects: 5_000,
  snapshotsPerProject: 2_000,
  itemsPerPlan: 2_000,
  auditEvents: 200_000,
  text: 20_000,
  logoBase64: 2 * 1024 * 1024,
} as const;

export const ARCHIVE_ROLES = ["owner", "editor", "viewer"] as const;
export const ARCHIVE_VERDICTS = ["blocked", "incomplete", "ready"] as const;
export const ARCHIVE_SEVERITIES = ["blocker", "warning", "info"] as const;
export const ARCHIVE_TRACKS = ["launch_gate", "safe_writes", "semantics", "observability"] as const;
export const ARCHIVE_WINDOWS = ["days_1_30", "days_31_60", "days_61_90"] as const;
export const ARCHIVE_ITEM_STATUSES = ["open", "in_progress", "done"] as const;
export const ARCHIVE_PAPER_SIZES = ["A4", "LETTER"] as const;

const text = (max: number = ARCHIVE_LIMITS.text) => z.string().max(max);
const name = z.string().min(1).max(200);
const timestamp = z.iso.datetime();
const day = z.iso.date();
/** An archive-local reference: unique within the archive, meaningless outside it. */
const ref = z.string().regex(/^ref:[0-9]{1,9}$/, { error: "Use a reference like ref:12." });
/** A person, by the email of their account on the exporting instance (null: nobody, or someone deleted). */
const person = z.string().min(3).max(320).nullable();
const count = z.number().int().min(0).max(2_000_000_000);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, { error: `Use at most ${max} entries.` });

const memberSchema = z.strictObject({ ref, email: z.string().min(3).max(320), name, role: z.enum(ARCHIVE_ROLES), joinedAt: timestamp });

const draftSchema = z.strictObject({
  ref,
  answers: z.unknown(),
  scores: z.unknown(),
  /** The integration plan (format v2); null or absent (version 1) when the draft has none. */
  plan: z.unknown().optional(),
  revision: count,
  updatedBy: person,
  createdAt: timestamp,
  updatedAt: timestamp,
});

const snapshotSchema = z.strictObject({
  ref,
  /** The one id that leaves the instance: printed on the snapshot's PDF reports, so an import keeps it when it is free. */
  id: z.guid(),
  number: z.number().int().min(1).max(1_000_000),
  revision: count,
  createdAt: timestamp,
  createdBy: person,
  rulesetVersion: z.string().min(1).max(40),
  verdict: z.enum(ARCHIVE_VERDICTS),
  readinessIndex: z.number().min(0).max(100).nullable(),
  blockerCount: count,
  warningCount: count,
  document: z.unknown(),
  evaluation: z.unknown(),
});

const itemSchema = z.strictObject({
  ref,
  key: text(1_000),
  ruleId: text(200),
  target: text(1_000),
  severity: z.enum(ARCHIVE_SEVERITIES),
  track: z.enum(ARCHIVE_TRACKS),
  window: z.enum(ARCHIVE_WINDOWS),
  title: text(1_000),
  message: text(),
  remediation: text(),
  position: count,
  dueDate: day,
  dueDateSetByPerson: z.boolean(),
  suggestedOwner: text().nullable(),
  suggestedFrom: text().nullable(),
  assignee: person,
  status: z.enum(ARCHIVE_ITEM_STATUSES),
  notes: text(MAX_NOTES),
  resolvedAt: timestamp.nullable(),
  resolvedBy: person,
  resolvedRevision: count.nullable(),
  revision: count,
  createdAt: timestamp,
  updatedAt: timestamp,
});

const planSchema = z.strictObject({
  ref,
  startDate: day,
  includeInfo: z.boolean(),
  reconciledRevision: count,
  revision: count,
  createdBy: person,
  createdAt: timestamp,
  updatedAt: timestamp,
  items: list(itemSchema, ARCHIVE_LIMITS.itemsPerPlan),
});

// Project fields within the bounds of the project form (lib/projects/schema.ts).
const projectSchema = z.strictObject({
  ref,
  name: z.string().min(1).max(120),
  description: text(2_000),
  systems: list(z.enum(SYSTEMS), SYSTEMS.length),
  owner: person,
  archivedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  draft: draftSchema,
  snapshots: list(snapshotSchema, ARCHIVE_LIMITS.snapshotsPerProject),
  plan: planSchema.nullable(),
});

const auditEventSchema = z.strictObject({
  action: text(200).min(1),
  entityType: text(100).min(1),
  /** A ref of an archived row, or of a row that no longer exists (then it stays a ref with no row). */
  entity: ref,
  project: ref.nullable(),
  actor: person,
  changes: z.unknown(),
  createdAt: timestamp,
});

export const organizationArchiveSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.union(ARCHIVE_VERSIONS_READ.map((v) => z.literal(v))),
  exportedAt: timestamp,
  source: z.strictObject({
    /** Where it came from (the exporting host), for people reading the file; never trusted. */
    instance: text(300),
    /** The newest database migration of the exporting code. */
    migration: text(200),
    rulesetVersions: list(text(40), 20),
  }),
  organization: z.strictObject({
    ref,
    name: z.string().min(2).max(120),
    slug: z.string().min(1).max(80),
    accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: "Use a colour like #1d4ed8." }),
    paperSize: z.enum(ARCHIVE_PAPER_SIZES),
    // Added after the first archives were written: an archive without it imports with the default.
    dateFormat: z.enum(DATE_FORMATS).default(DEFAULT_DATE_FORMAT),
    logo: z.strictObject({ mimeType: z.enum(["image/png", "image/jpeg"]), base64: z.base64().max(ARCHIVE_LIMITS.logoBase64) }).nullable(),
    createdAt: timestamp,
  }),
  members: list(memberSchema, ARCHIVE_LIMITS.members),
  projects: list(projectSchema, ARCHIVE_LIMITS.projects),
  auditEvents: list(auditEventSchema, ARCHIVE_LIMITS.auditEvents),
});

export type OrganizationArchive = z.infer<typeof organizationArchiveSchema>;
export type ArchiveProject = OrganizationArchive["projects"][number];
export type ArchiveSnapshot = ArchiveProject["snapshots"][number];
export type ArchivePlan = NonNullable<ArchiveProject["plan"]>;
export type ArchiveItem = ArchivePlan["items"][number];
export type ArchiveAuditEvent = OrganizationArchive["auditEvents"][number];

/** What the import form shows afterwards: where the organization is, and what became of each person. */
export interface ImportSummary {
  slug: string;
  name: string;
  projects: number;
  joined: string[];
  /** One-time invitation tokens, shown once like any invitation link. */
  invited: { email: string; role: (typeof ARCHIVE_ROLES)[number]; token: string }[];
  unresolved: string[];
}

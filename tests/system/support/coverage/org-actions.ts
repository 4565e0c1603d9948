/** Coverage of the organization server actions: each names its organization in the `orgSlug` field. */
import type { Session } from "@/lib/cli/http/session";
import { tinyPng } from "@/tests/support/images";
import { actionOutcome } from "../outcome";
import type { Target } from "../world";
import type { Coverage } from "./types";

const PROJECTS = "app/o/[slug]/projects/actions.ts";
const SETTINGS = "app/o/[slug]/settings/actions.ts";
const MEMBERS = "app/o/[slug]/members/actions.ts";
const PLAN = "app/o/[slug]/projects/[projectId]/plan/actions.ts";

/** The action named by `entry`, called with the target's organization and these fields. */
const act = (entry: string, fields: (t: Target) => Record<string, string | Blob>) => (session: Session, t: Target) =>
  actionOutcome(session, { entry, fields: { orgSlug: t.slug, ...fields(t) }, params: { slug: t.slug, projectId: t.projectId } });

const NO_ROWS = { na: "names no rows: under its own slug the caller acts on its own organization" };
const redLogo = () => new File([Buffer.from(new Uint8Array(tinyPng(4, [220, 0, 0])))], "logo.png", { type: "image/png" });

function orgWrite(entry: string, does: string, fields: (t: Target) => Record<string, string | Blob>, takesRowIds: boolean): Coverage {
  return {
    entry,
    does,
    call: act(entry, fields),
    signedOut: "unauthenticated",
    viewer: "forbidden",
    outsider: "not_found",
    outsiderOwnOrg: takesRowIds ? "not_found" : NO_ROWS,
    legit: { as: "owner" },
  };
}

export const ORG_ACTIONS: Coverage[] = [
  {
    ...orgWrite(`${PROJECTS}#createProjectAction`, "creates a project, its empty assessment and an audit event", (t) => ({ name: "Planted by an attacker", ownerId: t.ownerUserId }), false),
    // In its own organization the attacker may create projects, but not give one to the victim's owner.
    outsiderOwnOrg: "invalid",
  },
  orgWrite(`${PROJECTS}#updateProjectAction`, "renames a project and changes its owner, with an audit event", (t) => ({ projectId: t.projectId, name: "Renamed by an attacker", ownerId: t.ownerUserId }), true),
  // Before the archive below: a plan is made for an active project.
  orgWrite(`${PLAN}#createPlanAction`, "creates a project's remediation plan, its items and an audit event", (t) => ({ projectId: t.projectId, startDate: "2027-01-04" }), true),
  orgWrite(`${PLAN}#setPlanStartAction`, "moves a remediation plan's start and its due dates, with an audit event", (t) => ({ projectId: t.planProjectId, startDate: "2027-02-01" }), true),
  orgWrite(
    `${PLAN}#updatePlanItemAction`,
    "changes a remediation item's status, assignee, due date and notes, with an audit event",
    (t) => ({
      projectId: t.planProjectId,
      itemId: t.planItemId,
      baseRevision: String(t.planItemRevision),
      status: "done",
      assigneeId: t.ownerUserId,
      dueDate: "2027-02-01",
      notes: "Changed by an attacker",
    }),
    true,
  ),
  orgWrite(`${PROJECTS}#archiveProjectAction`, "archives a project", (t) => ({ projectId: t.projectId }), true),
  orgWrite(`${PROJECTS}#restoreProjectAction`, "restores an archived project", (t) => ({ projectId: t.archivedProjectId }), true),
  orgWrite(`${SETTINGS}#updateBrandingAction`, "renames the organization and changes its accent colour", () => ({ name: "Pwned Inc", accentColor: "#ff0000", paperSize: "LETTER", dateFormat: "iso" }), false),
  orgWrite(`${SETTINGS}#uploadLogoAction`, "replaces the organization's logo", () => ({ logo: redLogo() }), false),
  orgWrite(`${SETTINGS}#removeLogoAction`, "removes the organization's logo", () => ({}), false),
  orgWrite(`${MEMBERS}#createInvitationAction`, "creates an invitation (as owner, the strongest role)", () => ({ role: "owner" }), false),
  orgWrite(`${MEMBERS}#revokeInvitationAction`, "withdraws a pending invitation", (t) => ({ invitationId: t.invitationId }), true),
  orgWrite(`${MEMBERS}#changeRoleAction`, "changes a member's role (to owner)", (t) => ({ membershipId: t.membershipId, role: "owner" }), true),
  orgWrite(`${MEMBERS}#removeMemberAction`, "removes a member", (t) => ({ membershipId: t.membershipId }), true),
  {
    entry: `${MEMBERS}#leaveOrganizationAction`,
    does: "removes the caller's own membership",
    call: act(`${MEMBERS}#leaveOrganizationAction`, () => ({})),
    signedOut: "unauthenticated",
    viewer: { na: "every member may leave, viewers included (the legitimate call below)" },
    outsider: "not_found",
    outsiderOwnOrg: { na: "names no rows: under its own slug the caller leaves its own organization" },
    legit: { as: "viewer" },
  },
];

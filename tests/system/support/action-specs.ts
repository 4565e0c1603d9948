/**
 * A valid submission of every server action's form, on the demo data: each would store
 * something (a project, a role change, an account, a logo…), which is what makes its
 * hostile variants meaningful. An action missing here fails the test: a new action must
 * come with its generator.
 */
import type { FormSpec } from "./hostile-forms";
import { archiveFile } from "./org-archive-file";

/** Who submits the form: the owner of the first demo organization, its viewer, or nobody. */
export type Caller = "owner" | "viewer" | "anonymous";

export interface ActionSpec extends FormSpec {
  caller: Caller;
}

export interface DemoIds {
  slug: string;
  /** An organization the owner belongs to as editor (so leaving it would succeed). */
  otherSlug: string;
  projectId: string;
  archivedProjectId: string;
  /** A project with a remediation plan (the demo gives some projects one), and one of its items. */
  planProjectId: string;
  planItemId: string;
  planItemRevision: number;
  editorMembershipId: string;
  viewerMembershipId: string;
  pendingInvitationId: string;
  /** A pending invitation to the other organization, which the viewer could accept. */
  inviteToken: string;
}

// The smallest PNG: 1×1 pixel.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const logo = () => new File([PNG], "logo.png", { type: "image/png" });

export function actionSpecs(ids: DemoIds): Record<string, ActionSpec> {
  const org = (fields: FormSpec["fields"], slug = ids.slug): ActionSpec => ({ caller: "owner", orgSlug: slug, fields });
  const project = {
    name: { valid: "Hostile takeover" },
    description: { valid: "Would be stored", optional: true },
    systems: { valid: "crm", optional: true, list: true },
    ownerId: { valid: "__none", optional: true },
  };
  return {
    "app/(auth)/actions.ts#signUpAction": {
      caller: "anonymous",
      orgSlug: null,
      fields: {
        name: { valid: "Mallory Example" },
        email: { valid: "mallory@example.com" },
        password: { valid: "correct horse battery staple" },
        organizationName: { valid: "Mallory Co", optional: true },
      },
    },
    "app/account/actions.ts#changePasswordAction": {
      caller: "viewer",
      orgSlug: null,
      fields: {
        currentPassword: { valid: "preflight-demo" },
        newPassword: { valid: "a brand new passphrase" },
        confirmPassword: { valid: "a brand new passphrase" },
      },
    },
    // The owner's: it ends the caller's sessions, so it runs after every other action of the owner.
    "app/account/actions.ts#signOutEverywhereAction": { caller: "owner", orgSlug: null, fields: {} },
    "app/invite/[token]/actions.ts#acceptInvitationAction": {
      caller: "viewer",
      orgSlug: null,
      fields: { token: { valid: ids.inviteToken } },
    },
    "app/o/[slug]/members/actions.ts#createInvitationAction": org({ role: { valid: "editor" } }),
    "app/o/[slug]/members/actions.ts#revokeInvitationAction": org({ invitationId: { valid: ids.pendingInvitationId } }),
    "app/o/[slug]/members/actions.ts#changeRoleAction": org({ membershipId: { valid: ids.editorMembershipId }, role: { valid: "viewer" } }),
    "app/o/[slug]/members/actions.ts#removeMemberAction": org({ membershipId: { valid: ids.viewerMembershipId } }),
    "app/o/[slug]/members/actions.ts#leaveOrganizationAction": org({}, ids.otherSlug),
    "app/o/[slug]/projects/actions.ts#createProjectAction": org(project),
    "app/o/[slug]/projects/actions.ts#updateProjectAction": org({ projectId: { valid: ids.projectId }, ...project }),
    "app/o/[slug]/projects/actions.ts#archiveProjectAction": org({ projectId: { valid: ids.projectId } }),
    "app/o/[slug]/projects/actions.ts#restoreProjectAction": org({ projectId: { valid: ids.archivedProjectId } }),
    "app/o/[slug]/projects/[projectId]/plan/actions.ts#createPlanAction": org({
      projectId: { valid: ids.projectId },
      startDate: { valid: "2027-01-04" },
      includeInfo: { valid: "on", optional: true },
    }),
    "app/o/[slug]/projects/[projectId]/plan/actions.ts#setPlanStartAction": org({
      projectId: { valid: ids.planProjectId },
      startDate: { valid: "2027-01-04" },
    }),
    "app/o/[slug]/projects/[projectId]/plan/actions.ts#updatePlanItemAction": org({
      projectId: { valid: ids.planProjectId },
      itemId: { valid: ids.planItemId },
      baseRevision: { valid: String(ids.planItemRevision) },
      status: { valid: "in_progress" },
      assigneeId: { valid: "__nobody" },
      dueDate: { valid: "2027-02-01" },
      notes: { valid: "Would be stored", optional: true },
    }),
    "app/o/[slug]/settings/actions.ts#updateBrandingAction": org({
      name: { valid: "Hostile Holdings" },
      accentColor: { valid: "#123456" },
      paperSize: { valid: "LETTER" },
      dateFormat: { valid: "iso" },
    }),
    "app/o/[slug]/settings/actions.ts#uploadLogoAction": org({ logo: { valid: logo } }),
    "app/o/[slug]/settings/actions.ts#removeLogoAction": org({}),
    "app/orgs/new/actions.ts#createOrganizationAction": { caller: "owner", orgSlug: null, fields: { name: { valid: "Hostile Holdings" } } },
    "app/orgs/new/import-actions.ts#importOrganizationAction": {
      caller: "owner",
      orgSlug: null,
      fields: { archive: { valid: () => archiveFile() } },
    },
  };
}

/** A URL of a page that runs the action, from its manifest entry ("app/o/[slug]/projects/page"). */
export function pagePath(pageEntry: string, ids: DemoIds, slug: string): string {
  const path = pageEntry
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .join("/")
    .replace("[slug]", slug)
    .replace("[projectId]", ids.projectId)
    .replace("[token]", ids.inviteToken);
  return path === "" ? "/" : path;
}

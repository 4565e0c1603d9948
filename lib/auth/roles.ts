/**
 * Roles are data: one map from role to what it may do, and a pure `can`. Anything not
 * listed — an unknown role, an unknown action — is refused.
 */
export const ROLES = ["owner", "editor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ACTIONS = [
  "organization:read",
  "organization:update",
  // The whole organization as one archive, every member's email included: owners only.
  "organization:export",
  "members:read",
  "members:manage",
  "projects:read",
  "projects:write",
  "assessments:write",
  "reports:export",
] as const;
export type Action = (typeof ACTIONS)[number];

const PERMISSIONS: Readonly<Record<Role, readonly Action[]>> = {
  owner: ACTIONS,
  editor: ["organization:read", "members:read", "projects:read", "projects:write", "assessments:write", "reports:export"],
  viewer: ["organization:read", "members:read", "projects:read", "reports:export"],
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: unknown, action: unknown): boolean {
  if (!isRole(role) || typeof action !== "string") return false;
  return (PERMISSIONS[role] as readonly string[]).includes(action);
}

const RANK: Readonly<Record<Role, number>> = { viewer: 0, editor: 1, owner: 2 };

/**
 * Whether someone with `inviterRole` (or no membership: null) may invite with `role`: they
 * manage members and grant no more than they hold. Checked when an invitation is created,
 * when it is accepted, and when its creator is demoted or removed.
 */
export function mayInviteAs(inviterRole: Role | null, role: Role): boolean {
  return inviterRole !== null && can(inviterRole, "members:manage") && RANK[role] <= RANK[inviterRole];
}

export const ROLE_LABELS: Record<Role, string> = { owner: "Owner", editor: "Editor", viewer: "Viewer" };
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  owner: "Manages members, roles and the organization; edits everything.",
  editor: "Creates projects and fills assessments.",
  viewer: "Reads dashboards and exports reports; never edits.",
};

/** Coverage of the server actions outside any organization: sign-up, account, new organization, invitations. */
import type { Session } from "@/lib/cli/http/session";
import { actionOutcome } from "../outcome";
import { DEMO_PASSWORD, OUTSIDER, type Target } from "../world";
import { archiveFile, emptyArchive } from "../org-archive-file";
import type { Coverage } from "./types";

const act = (entry: string, fields: (t: Target) => Record<string, string | Blob>) => (session: Session, t: Target) =>
  actionOutcome(session, { entry, fields: fields(t), params: { token: t.invitationToken } });

const IMPORT = "app/orgs/new/import-actions.ts#importOrganizationAction";
const ACCEPT = "app/invite/[token]/actions.ts#acceptInvitationAction";
const PASSWORD = "app/account/actions.ts#changePasswordAction";
const EVERYWHERE = "app/account/actions.ts#signOutEverywhereAction";
const NO_ORG = { na: "names no organization: any signed-in user may do this for themselves" };

const changePassword = (current: string) => act(PASSWORD, () => ({ currentPassword: current, newPassword: "a brand new password", confirmPassword: "a brand new password" }));

export const USER_ACTIONS: Coverage[] = [
  {
    entry: "app/orgs/new/actions.ts#createOrganizationAction",
    does: "creates an organization owned by the caller",
    call: act("app/orgs/new/actions.ts#createOrganizationAction", () => ({ name: "Northwind Revenue Ops" })),
    signedOut: "unauthenticated",
    viewer: NO_ORG,
    outsider: { na: "names no organization: it always creates a new one (a same name gets a new slug)" },
    outsiderOwnOrg: NO_ORG,
    legit: { as: "outsider" },
  },
  {
    entry: IMPORT,
    does: "creates an organization owned by the caller from an archive file",
    // The attack: an archive naming the victim organization's slug and owner must create a new
    // organization of the caller's and leave the victim's rows as they were.
    call: act(IMPORT, (t) => ({ archive: archiveFile({ ...emptyArchive(), organization: { ...emptyArchive().organization, slug: t.slug } }) })),
    signedOut: "unauthenticated",
    viewer: NO_ORG,
    outsider: { na: "names no organization: it always creates a new one (an archived slug that is taken gets a suffix)" },
    outsiderOwnOrg: NO_ORG,
    legit: { as: "outsider" },
  },
  {
    entry: "app/(auth)/actions.ts#signUpAction",
    does: "public: creates an account and its first organization",
    // The attack: signing up again with the victim's email must not touch the victim's account.
    // It is answered like any sign-up (issue #13: the answer must not tell that the email is
    // taken), so the verdict is "ok"; the victim's rows are checked unchanged all the same.
    call: act("app/(auth)/actions.ts#signUpAction", (t) => ({ name: "Not Alex", email: t.ownerEmail, password: "taking over the account" })),
    signedOut: "ok",
    viewer: { na: "public: the signed-out case covers it" },
    outsider: { na: "public: the signed-out case covers it" },
    outsiderOwnOrg: { na: "public: the signed-out case covers it" },
    legit: { as: "signed-out", call: act("app/(auth)/actions.ts#signUpAction", () => ({ name: "Nora New", email: "nora.new@example.test", password: "a long enough password" })) },
  },
  {
    entry: ACCEPT,
    does: "joins an organization with a one-time invitation token",
    call: act(ACCEPT, (t) => ({ token: t.invitationToken })),
    signedOut: "unauthenticated",
    // A member cannot use an invitation to change their own role.
    viewer: "invalid",
    // A valid token is how an outsider joins, by design; a withdrawn one must not let them in.
    outsider: { expect: "invalid", target: (v) => ({ ...v, invitationToken: v.revokedInvitationToken }) },
    outsiderOwnOrg: { na: "names no organization: the token alone decides which one" },
    legit: { as: "outsider" },
  },
  {
    // Last: the legitimate call ends the caller's other sessions.
    entry: PASSWORD,
    does: "changes the caller's own password and ends their other sessions",
    // The attack: knowing the victim's password must not change anything but the caller's own account.
    call: changePassword(DEMO_PASSWORD),
    signedOut: "unauthenticated",
    viewer: { na: "names no organization: the account is always the caller's own" },
    outsider: "invalid",
    outsiderOwnOrg: NO_ORG,
    legit: { as: "outsider", call: changePassword(OUTSIDER.password) },
  },
  {
    // After the password change (whose legitimate call ended the outsider's session): it ends the viewer's.
    entry: EVERYWHERE,
    does: "ends every session of the caller, on every device",
    call: act(EVERYWHERE, () => ({})),
    signedOut: "unauthenticated",
    viewer: { na: "names no one: it ends only the caller's own sessions (and would end the session the later cases use)" },
    outsider: { na: "names no one: it ends only the caller's own sessions (and would end the session the later cases use)" },
    outsiderOwnOrg: NO_ORG,
    legit: { as: "viewer" },
  },
];

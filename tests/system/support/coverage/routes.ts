/** Coverage of the route handlers under app/api. */
import type { Session } from "@/lib/cli/http/session";
import { ASSESSMENT_FORMAT } from "@/lib/readiness/keys";
import { routeOutcome, type Outcome } from "../outcome";
import { DEMO_PASSWORD, WORLD_METRICS_TOKEN, type Target } from "../world";
import type { Coverage } from "./types";

const org = (t: Target) => `/api/o/${t.slug}`;
const project = (t: Target) => `${org(t)}/projects/${t.projectId}`;
const send = async (session: Session, method: string, path: string, json?: unknown) => routeOutcome(await session.request(method, path, json === undefined ? {} : { json }));

const READ = { na: "a read: every member may read" };
const NO_ORG = { na: "names no organization and no rows" };
const ORG_ONLY = { na: "names only the organization: under its own slug the caller reads its own data" };
const ownProjectVictimSnapshot = (v: Target, own: { slug: string; projectId: string }) => ({ ...v, slug: own.slug, projectId: own.projectId });

async function signInAs(session: Session, email: string, password: string): Promise<Outcome> {
  const csrf = (await (await session.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await session.request("POST", "/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken: csrf.csrfToken, json: "true" }),
  });
  return routeOutcome(response);
}

export const ROUTES: Coverage[] = [
  {
    entry: "app/api/o/[slug]/logo/route.ts GET",
    does: "reads the organization's logo",
    call: (s, t) => send(s, "GET", `${org(t)}/logo`),
    signedOut: "unauthenticated",
    viewer: READ,
    outsider: "not_found",
    outsiderOwnOrg: ORG_ONLY,
    legit: { as: "viewer" },
  },
  {
    entry: "app/api/o/[slug]/portfolio.csv/route.ts GET",
    does: "reads every project of the organization as CSV",
    call: (s, t) => send(s, "GET", `${org(t)}/portfolio.csv`),
    signedOut: "unauthenticated",
    viewer: READ,
    outsider: "not_found",
    outsiderOwnOrg: ORG_ONLY,
    legit: { as: "viewer" },
  },
  {
    entry: "app/api/o/[slug]/search/route.ts GET",
    does: "reads the organization's projects, blockers and members matching a search (the command palette)",
    // Hostile text on every call (LIKE wildcards, a quote, SQL): the viewer still reads. The legit call is 10 KB of text: refused, not run.
    call: (s, t) => send(s, "GET", `${org(t)}/search?q=${encodeURIComponent("%_' OR 1=1 --")}`),
    signedOut: "unauthenticated",
    viewer: "ok",
    outsider: "not_found",
    outsiderOwnOrg: ORG_ONLY,
    legit: { as: "viewer", call: (s, t) => send(s, "GET", `${org(t)}/search?q=${"x".repeat(10_000)}`), expect: "invalid" },
  },
  {
    entry: "app/api/o/[slug]/export/route.ts GET",
    does: "reads the whole organization as an archive (every member's email) and writes an audit event",
    call: (s, t) => send(s, "GET", `${org(t)}/export`),
    signedOut: "unauthenticated",
    viewer: "forbidden",
    outsider: "not_found",
    outsiderOwnOrg: ORG_ONLY,
    legit: { as: "owner" },
  },
  {
    entry: "app/api/o/[slug]/projects/[projectId]/snapshots/route.ts POST",
    does: "writes a snapshot and an audit event",
    call: (s, t) => send(s, "POST", `${project(t)}/snapshots`, { revision: t.revision }),
    signedOut: "unauthenticated",
    viewer: "forbidden",
    outsider: "not_found",
    outsiderOwnOrg: "not_found",
    legit: { as: "owner" },
  },
  {
    entry: "app/api/o/[slug]/projects/[projectId]/assessment/route.ts GET",
    does: "reads a project's draft assessment",
    call: (s, t) => send(s, "GET", `${project(t)}/assessment`),
    signedOut: "unauthenticated",
    viewer: READ,
    outsider: "not_found",
    outsiderOwnOrg: "not_found",
    legit: { as: "viewer" },
  },
  {
    entry: "app/api/o/[slug]/projects/[projectId]/assessment/route.ts PUT",
    does: "replaces the draft (answers and scores), bumps its revision, writes an audit event",
    call: (s, t) => send(s, "PUT", `${project(t)}/assessment`, { baseRevision: t.revision, answers: {}, scores: {} }),
    signedOut: "unauthenticated",
    viewer: "forbidden",
    outsider: "not_found",
    outsiderOwnOrg: "not_found",
    legit: { as: "owner" },
  },
  {
    entry: "app/api/o/[slug]/projects/[projectId]/assessment/export/route.ts GET",
    does: "reads the draft as a preflight.assessment/v1 file",
    call: (s, t) => send(s, "GET", `${project(t)}/assessment/export`),
    signedOut: "unauthenticated",
    viewer: READ,
    outsider: "not_found",
    outsiderOwnOrg: "not_found",
    legit: { as: "viewer" },
  },
  {
    entry: "app/api/o/[slug]/projects/[projectId]/assessment/import/route.ts POST",
    does: "replaces the draft with an uploaded document, writes an audit event",
    call: (s, t) => send(s, "POST", `${project(t)}/assessment/import`, { format: ASSESSMENT_FORMAT, answers: {}, scores: { securityControls: { score: 1 } } }),
    signedOut: "unauthenticated",
    viewer: "forbidden",
    outsider: "not_found",
    outsiderOwnOrg: "not_found",
    legit: { as: "owner" },
  },
  ...(["csv", "ics"] as const).map(
    (format): Coverage => ({
      entry: `app/api/o/[slug]/projects/[projectId]/plan/${format}/route.ts GET`,
      does: `reads a project's remediation plan as ${format === "csv" ? "CSV" : "an iCalendar file"}`,
      call: (s, t) => send(s, "GET", `${org(t)}/projects/${t.planProjectId}/plan/${format}`),
      signedOut: "unauthenticated",
      viewer: READ,
      outsider: "not_found",
      outsiderOwnOrg: "not_found",
      legit: { as: "viewer" },
    }),
  ),
  {
    entry: "app/api/o/[slug]/projects/[projectId]/report/route.ts GET",
    does: "reads a snapshot (or the draft) as a PDF report",
    call: (s, t) => send(s, "GET", `${project(t)}/report?source=${t.snapshotId}`),
    signedOut: "unauthenticated",
    viewer: READ,
    outsider: "not_found",
    // Under its own slug, with the victim's project, then with its own project and the victim's snapshot.
    outsiderOwnOrg: [{ expect: "not_found" }, { expect: "not_found", target: ownProjectVictimSnapshot }],
    legit: { as: "viewer" },
  },
  {
    entry: "app/api/auth/[...nextauth]/route.ts GET",
    does: "next-auth's reads (session, csrf, providers); the session is the one question with an answer worth stealing",
    call: async (s) => {
      const response = await s.get("/api/auth/session");
      const body = await response.text();
      const session = JSON.parse(body) as { user?: unknown };
      return { verdict: session.user ? "ok" : "unauthenticated", status: response.status, body, headers: response.headers };
    },
    signedOut: "unauthenticated",
    viewer: NO_ORG,
    outsider: NO_ORG,
    outsiderOwnOrg: NO_ORG,
    legit: { as: "viewer" },
  },
  {
    entry: "app/api/auth/[...nextauth]/route.ts POST",
    does: "signs in (or out); a failure records a login failure, never a change to the account",
    call: (s, t) => signInAs(s, t.ownerEmail, "a-guessed-password"),
    signedOut: "unauthenticated",
    viewer: { na: "names no organization: signing in as someone else needs their password, the signed-out case" },
    outsider: { na: "names no organization: signing in as someone else needs their password, the signed-out case" },
    outsiderOwnOrg: NO_ORG,
    legit: { as: "signed-out", call: (s) => signInAs(s, "exec@preflight.local", DEMO_PASSWORD) },
  },
  {
    entry: "app/api/health/route.ts GET",
    does: "public: answers whether the app reaches its database, with no data",
    call: (s) => send(s, "GET", "/api/health"),
    signedOut: "ok",
    viewer: NO_ORG,
    outsider: NO_ORG,
    outsiderOwnOrg: NO_ORG,
    legit: { as: "signed-out" },
  },
  {
    entry: "app/api/health/live/route.ts GET",
    does: "public: answers that the process is up, with no data and no database",
    call: (s) => send(s, "GET", "/api/health/live"),
    signedOut: "ok",
    viewer: NO_ORG,
    outsider: NO_ORG,
    outsiderOwnOrg: NO_ORG,
    legit: { as: "signed-out" },
  },
  {
    entry: "app/api/health/ready/route.ts GET",
    does: "public: answers whether the database, its migrations and the render threads are ready, with no data",
    call: (s) => send(s, "GET", "/api/health/ready"),
    signedOut: "ok",
    viewer: NO_ORG,
    outsider: NO_ORG,
    outsiderOwnOrg: NO_ORG,
    legit: { as: "signed-out" },
  },
  {
    entry: "app/api/metrics/route.ts GET",
    does: "reads the process's Prometheus metrics: for the operator's bearer token, never for a session",
    // Any session, even the owner's, is refused: only METRICS_TOKEN opens it.
    call: (s) => send(s, "GET", "/api/metrics"),
    signedOut: "unauthenticated",
    viewer: "unauthenticated",
    outsider: "unauthenticated",
    outsiderOwnOrg: NO_ORG,
    legit: { as: "signed-out", call: async (s) => routeOutcome(await s.get("/api/metrics", { authorization: `Bearer ${WORLD_METRICS_TOKEN}` })) },
  },
];

/**
 * Issue #7, server actions: every action in the production build is called thousands of
 * times, as React's client calls it, with its valid form broken in one way. Every call must
 * answer `{ ok: false }` naming the field (or with a message when the whole request is
 * wrong), never throw on the server, and nothing may be stored.
 */
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Session } from "@/lib/cli/http/session";
import { actionSpecs, pagePath, type ActionSpec, type Caller, type DemoIds } from "./support/action-specs";
import { barrage, expectEveryRefusal } from "./support/barrage";
import { hostileCalls, hugeCall, type HostileCall } from "./support/hostile-forms";
import { HOSTILE_PLAN, hostileSeed } from "./support/hostile-plan";
import { answerOf } from "./support/outcome";
import { actionRefusalProblem } from "./support/refusal";
import { serverActionsInBuild, type ServerActionEntry } from "./support/server-actions";
import { DEMO_SLUG, OTHER_DEMO_SLUG, signedIn, startHostileStack } from "./support/hostile-stack";
import type { SystemStack } from "./support/stack";
import { storedState } from "./support/stored-state";

let stack: SystemStack;
let sessions: Record<Caller, Session>;
let ids: DemoIds;

/** Creates an invitation through the action itself and answers its one-time token. */
async function invite(session: Session, slug: string): Promise<string> {
  const form = new FormData();
  form.set("orgSlug", slug);
  form.set("role", "viewer");
  const { id } = serverActionsInBuild().find((a) => a.name === "createInvitationAction")!;
  const result = await session.callAction(id, `/o/${slug}/members`, [{ ok: false }, form]);
  const token = (result.value as { data?: { token?: string } } | undefined)?.data?.token;
  if (!token) throw new Error(`could not create an invitation: ${result.text.slice(0, 200)}`);
  return token;
}

beforeAll(async () => {
  stack = await startHostileStack();
  sessions = { owner: await signedIn(stack), viewer: await signedIn(stack, "exec@preflight.local"), anonymous: new Session(stack.base) };
  const db = stack.db;
  const [project, archived] = await db.project.findMany({
    where: { organization: { slug: DEMO_SLUG } },
    select: { id: true },
    take: 2,
    orderBy: { name: "asc" },
  });
  await db.project.update({ where: { id: archived!.id }, data: { archivedAt: new Date() } });
  const membership = (email: string) =>
    db.membership.findFirstOrThrow({ where: { organization: { slug: DEMO_SLUG }, user: { email } }, select: { id: true } });
  const planItem = await db.remediationItem.findFirstOrThrow({
    where: { organization: { slug: DEMO_SLUG }, project: { archivedAt: null, id: { notIn: [project!.id, archived!.id] } } },
    select: { id: true, projectId: true, revision: true },
    orderBy: { position: "asc" },
  });
  await invite(sessions.owner, DEMO_SLUG);
  const pending = await db.invitation.findFirstOrThrow({ where: { organization: { slug: DEMO_SLUG } }, select: { id: true } });
  ids = {
    slug: DEMO_SLUG,
    otherSlug: OTHER_DEMO_SLUG,
    projectId: project!.id,
    archivedProjectId: archived!.id,
    planProjectId: planItem.projectId,
    planItemId: planItem.id,
    planItemRevision: planItem.revision,
    editorMembershipId: (await membership("ops@preflight.local")).id,
    viewerMembershipId: (await membership("exec@preflight.local")).id,
    pendingInvitationId: pending.id,
    // The other organization's owner is the editor account.
    inviteToken: await invite(await signedIn(stack, "ops@preflight.local"), OTHER_DEMO_SLUG),
  };
});
afterAll(async () => stack?.close());

interface Target {
  action: ServerActionEntry;
  spec: ActionSpec;
  page: string;
}

function targets(): { found: Target[]; withoutGenerator: string[] } {
  const specs = actionSpecs(ids);
  const found: Target[] = [];
  const withoutGenerator: string[] = [];
  for (const action of serverActionsInBuild()) {
    const spec = specs[`${action.file}#${action.name}`];
    if (!spec) withoutGenerator.push(`${action.file}#${action.name}`);
    else found.push({ action, spec, page: pagePath(action.pages[0]!, ids, spec.orgSlug ?? DEMO_SLUG) });
  }
  return { found, withoutGenerator };
}

interface Call extends HostileCall {
  target: Target;
}

function send(call: { target: Target; args: unknown[] }) {
  return sessions[call.target.spec.caller].callAction(call.target.action.id, call.target.page, call.args);
}

it("has a hostile generator for every server action in the build", () => {
  const { found, withoutGenerator } = targets();
  expect(withoutGenerator, "write a valid submission for these in tests/system/support/action-specs.ts").toEqual([]);
  expect(found.length).toBeGreaterThan(10);
});

it("refuses every hostile call of every action with a form error, and stores nothing", async () => {
  const seed = hostileSeed();
  const { found } = targets();
  const perAction = Math.ceil(HOSTILE_PLAN.serverActions / found.length);
  const calls: Call[] = found.flatMap((target, index) => {
    const sampled = [
      ...fc.sample(hugeCall(target.spec), { numRuns: 1, seed: seed + index }),
      ...fc.sample(hostileCalls(target.spec), { numRuns: perAction - 1, seed: seed + index }),
    ];
    return sampled.map((call) => ({ ...call, label: `${target.action.name} — ${call.label}`, target }));
  });
  console.log(`server actions: ${found.length} actions, ${perAction} payloads each`);
  await expectEveryRefusal(
    "server actions",
    { cases: calls, planned: HOSTILE_PLAN.serverActions, seed },
    async (call) => actionRefusalProblem(await send(call), call.field),
    () => storedState(stack.db),
  );
});

/**
 * Requests that never reach the app: Next's own parser refuses them (a control character in a
 * multipart field name, a reply React cannot decode, nests 10,000 deep or holds a string of a
 * million characters) and answers with an error row, mostly with status 500, that the app
 * cannot shape. A body over the 2 MB action limit is refused by proxy.ts with a 413 first.
 * What the app owes here: no hang, never ok: true, nothing stored, and the server keeps serving.
 */
it("protocol-level garbage is refused by Next before any action runs, and stores nothing", async () => {
  const { found } = targets();
  const create = found.find((t) => t.action.name === "createProjectAction")!;
  const withField = (name: string, value: string) => {
    const form = new FormData();
    form.set("orgSlug", DEMO_SLUG);
    form.set("name", "Would be stored");
    form.set(name, value);
    return form;
  };
  const raw = (body: string) => () =>
    sessions.owner.request("POST", create.page, {
      headers: { "next-action": create.action.id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
      body,
    });
  const cases: { label: string; send: () => Promise<Response | { status: number; text: string; value: unknown }> }[] = [
    ...["\u0000", "a\u0007b", "\u001b[31m", "x\u007f"].map((name) => ({
      label: `field name ${JSON.stringify(name)}`,
      send: () => send({ target: create, args: [{ ok: false }, withField(name, "1")] }),
    })),
    { label: "3 MB form", send: () => send({ target: create, args: [{ ok: false }, withField("description", "x".repeat(3_000_000))] }) },
    { label: "3 MB reply", send: raw(`[{"ok":false},"${"x".repeat(3_000_000)}"]`) },
    { label: "a string of a million characters", send: () => send({ target: create, args: [{ ok: false }, "x".repeat(1_048_576)] }) },
    { label: "10,000 levels", send: raw(`[{"ok":false},${"[".repeat(10_000)}${"]".repeat(10_000)}]`) },
    { label: "not JSON", send: raw("[{{{") },
    {
      label: "unknown action id",
      send: () => sessions.owner.callAction("0".repeat(42), create.page, [{ ok: false }, withField("x", "1")]),
    },
  ];
  const before = await storedState(stack.db);
  const answers: string[] = [];
  const failures = await barrage(cases, async (item) => {
    const answer = await item.send();
    const text = answer instanceof Response ? await answer.text() : answer.text;
    answers.push(`${item.label}: ${answer.status}`);
    return /"ok":true/.test(text) ? `accepted: ${text.slice(0, 200)}` : null;
  });
  console.log(`protocol-level: ${answers.join(", ")}`);
  expect(failures).toEqual([]);
  expect(answers.filter((a) => a.startsWith("3 MB")).sort()).toEqual(["3 MB form: 413", "3 MB reply: 413"]);
  expect(await storedState(stack.db)).toEqual(before);
  const afterwards = await send({ target: create, args: [{ ok: false }, withField("name", "")] });
  expect(actionRefusalProblem(afterwards, "name")).toBeNull();
});

// Destructive ones last: signing out everywhere ends the owner's session, changing the viewer's password the viewer's.
const LAST = ["acceptInvitationAction", "signOutEverywhereAction", "changePasswordAction"];

it("accepts the valid submission behind each action's payloads, and it stores something: each payload was one break from a write", async () => {
  const ordered = targets().found.sort((a, b) => LAST.indexOf(a.action.name) - LAST.indexOf(b.action.name));
  // The payloads before counted against the rate limits (wrong current passwords, for one);
  // a fresh start, so each valid submission meets only its own rules.
  await stack.db.rateLimitEvent.deleteMany();
  for (const target of ordered) {
    const before = await storedState(stack.db);
    const form = new FormData();
    if (target.spec.orgSlug !== null) form.set("orgSlug", target.spec.orgSlug);
    for (const [name, field] of Object.entries(target.spec.fields))
      form.append(name, typeof field.valid === "string" ? field.valid : field.valid());
    const result = await send({ target, args: [{ ok: false }, form] });
    expect(answerOf(result), `${target.action.name}: ${result.text.slice(0, 300)}`).toMatchObject({ ok: true });
    expect(await storedState(stack.db), `${target.action.name} stored nothing`).not.toEqual(before);
  }
});

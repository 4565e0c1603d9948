/**
 * Issue #13, finding 7: what anyone can repeat cheaply is limited, and sign-up does not tell
 * who has an account. Sign-ups per client address, organizations per user, wrong current
 * passwords per user — all counted in Postgres, against the production server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Session, type ActionResult } from "@/lib/cli/http/session";
import type { FormState } from "@/lib/forms/form-state";
import { answerOf } from "./support/outcome";
import { actionId } from "./support/server-actions";
import { SystemStack } from "./support/stack";

let stack: SystemStack;
beforeAll(async () => {
  stack = await SystemStack.start({ name: "pg-sys-abuse", appPort: 3236, pgPort: 15366 });
});
afterAll(async () => stack?.close());

const PASSWORD = "a long enough password";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function call(
  session: Session,
  file: string,
  name: string,
  page: string,
  fields: Record<string, string>,
): Promise<ActionResult & { state: FormState }> {
  const result = await session.callAction(actionId(file, name), page, [{ ok: false }, form(fields)]);
  return { ...result, state: answerOf(result) as FormState };
}

const signUp = (email: string, name = "Someone") =>
  call(new Session(stack.base), "app/(auth)/actions.ts", "signUpAction", "/sign-up", { name, email, password: PASSWORD });
const forgetLimits = () => stack.db.rateLimitEvent.deleteMany();

describe("sign-up", () => {
  it("answers a taken email exactly like a fresh one, and creates nothing for it", async () => {
    await forgetLimits();
    const first = await signUp("first@example.test", "First Owner");
    const taken = await signUp("first@example.test", "Impostor");
    const fresh = await signUp("second@example.test", "Second Owner");
    for (const answer of [first, taken, fresh]) expect(answer.status).toBe(200);
    expect(taken.state).toEqual(fresh.state);
    expect(taken.state).toEqual({ ok: true, message: "Thanks. Signing you in…" });
    expect(JSON.stringify(taken.state)).not.toMatch(/exist|taken|already/i);
    expect(await stack.db.user.findMany({ where: { email: "first@example.test" }, select: { name: true } })).toEqual([
      { name: "First Owner" },
    ]);
  });

  it("refuses a burst of 15 from one address past the limit, with a message saying when to try again", async () => {
    await forgetLimits();
    const users = await stack.db.user.count();
    const answers = await Promise.all(Array.from({ length: 15 }, (_, i) => signUp(`burst-${i}@example.test`, `Burst ${i}`)));
    const refused = answers.filter((a) => !a.state.ok);
    expect(answers.filter((a) => a.state.ok)).toHaveLength(10);
    expect(refused).toHaveLength(5);
    for (const answer of refused)
      expect(answer.state.message).toMatch(/^Too many accounts were created from your network\. Try again in \d+ (seconds|minutes)\.$/);
    expect(await stack.db.user.count()).toBe(users + 10);
  });
});

describe("a signed-in user", () => {
  let session: Session;
  beforeAll(async () => {
    await forgetLimits();
    await signUp("busy@example.test", "Busy Bee");
    session = new Session(stack.base);
    await session.signIn("busy@example.test", PASSWORD);
  });

  it("cannot create organizations past the limit", async () => {
    const answers: FormState[] = [];
    for (let i = 0; i < 11; i += 1)
      answers.push((await call(session, "app/orgs/new/actions.ts", "createOrganizationAction", "/orgs/new", { name: `Spree ${i}` })).state);
    expect(answers.slice(0, 10).every((a) => a.ok)).toBe(true);
    expect(answers[10]).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^You have created many organizations in the last hour\. Try again in \d+ minutes\.$/),
    });
    expect(await stack.db.organization.count({ where: { name: "Spree 10" } })).toBe(0);
  });

  it("cannot guess the current password on the password form: after 5 wrong ones even the right one waits", async () => {
    const change = (currentPassword: string) =>
      call(session, "app/account/actions.ts", "changePasswordAction", "/account", {
        currentPassword,
        newPassword: "a brand new passphrase",
        confirmPassword: "a brand new passphrase",
      });
    const wrong: FormState[] = [];
    for (let i = 0; i < 6; i += 1) wrong.push((await change(`guess number ${i}`)).state);
    expect(wrong.slice(0, 5).map((a) => a.fieldErrors?.currentPassword)).toEqual(
      Array.from({ length: 5 }, () => ["This is not your current password."]),
    );
    expect(wrong[5]!.fieldErrors?.currentPassword?.[0]).toMatch(/^Too many wrong current passwords\. Try again in \d+ minutes\.$/);
    const right = (await change(PASSWORD)).state;
    expect(right.ok).toBe(false);
    expect(right.fieldErrors?.currentPassword?.[0]).toMatch(/^Too many wrong current passwords/);
    expect((await stack.db.user.findUniqueOrThrow({ where: { email: "busy@example.test" } })).sessionVersion).toBe(0);
  });
});

/**
 * Issue #13, finding 6: a stranger must not lock an account, and a made-up X-Forwarded-For
 * must not choose the per-address bucket. Two servers: one behind a (simulated) proxy, where
 * the header is the only address there is and an attacker really has many addresses; one
 * facing clients directly (TRUSTED_PROXY_HOPS=0), where the header is the client's word.
 */
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Session } from "@/lib/cli/http/session";
import { SystemStack } from "./support/stack";

interface Attempt {
  status: number;
  retryAfter: number;
  signedIn: boolean;
}

/** One sign-in through next-auth's credentials endpoint, from the given X-Forwarded-For. */
async function attempt(base: string, email: string, password: string, forwardedFor: string): Promise<Attempt> {
  const session = new Session(base);
  const headers = { "x-forwarded-for": forwardedFor };
  const csrf = (await (await session.get("/api/auth/csrf", headers)).json()) as { csrfToken: string };
  const response = await session.request("POST", "/api/auth/callback/credentials", {
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken: csrf.csrfToken, json: "true" }),
  });
  await response.body?.cancel();
  const signedIn = response.headers.getSetCookie().some((cookie) => /session-token=[^;]+/.test(cookie));
  return { status: response.status, retryAfter: Number(response.headers.get("retry-after") ?? 0), signedIn };
}

const VICTIM = { email: "victim@example.test", password: "the victim's long password" };

async function createVictim(stack: SystemStack) {
  // The app's own argon2id parameters are irrelevant here: any valid hash verifies.
  await stack.db.user.create({ data: { email: VICTIM.email, name: "Victim", passwordHash: await hash(VICTIM.password) } });
}

describe("behind one trusted proxy: an attacker with many addresses", () => {
  let stack: SystemStack;
  beforeAll(async () => {
    stack = await SystemStack.start({ name: "pg-sys-throttle-hop1", appPort: 3234, pgPort: 15364, env: { TRUSTED_PROXY_HOPS: "1" } });
    await createVictim(stack);
  });
  afterAll(async () => stack?.close());

  it("30 wrong passwords from 30 addresses slow the account down but never lock its owner out for long", async () => {
    const answers: Attempt[] = [];
    for (let i = 0; i < 30; i += 1) answers.push(await attempt(stack.base, VICTIM.email, `wrong guess ${i}`, `198.51.100.${i + 1}`));
    expect(answers.some((a) => a.signedIn)).toBe(false);
    // The account delay answered most of them before any password was checked.
    expect(answers.filter((a) => a.status === 429).length).toBeGreaterThan(15);
    expect(await stack.db.loginFailure.count({ where: { email: VICTIM.email } })).toBeLessThan(15);

    let owner = await attempt(stack.base, VICTIM.email, VICTIM.password, "192.0.2.10");
    if (!owner.signedIn) {
      // At most the current step of the delay, never the 15-minute window.
      expect(owner.status).toBe(429);
      expect(owner.retryAfter).toBeGreaterThan(0);
      expect(owner.retryAfter).toBeLessThanOrEqual(60);
      await new Promise((resolve) => setTimeout(resolve, owner.retryAfter * 1000 + 200));
      owner = await attempt(stack.base, VICTIM.email, VICTIM.password, "192.0.2.10");
    }
    expect(owner.signedIn).toBe(true);
  });
});

describe("facing clients directly (TRUSTED_PROXY_HOPS=0): a made-up X-Forwarded-For", () => {
  let stack: SystemStack;
  beforeAll(async () => {
    stack = await SystemStack.start({ name: "pg-sys-throttle-hop0", appPort: 3235, pgPort: 15365 });
    await createVictim(stack);
  });
  afterAll(async () => stack?.close());

  it("does not escape the per-address limit: failures on 31 accounts from 31 claimed addresses share one bucket", async () => {
    const answers: Attempt[] = [];
    for (let i = 0; i < 31; i += 1)
      answers.push(await attempt(stack.base, `nobody-${i}@example.test`, "wrong password", `203.0.113.${i + 1}`));
    expect(answers.slice(0, 30).map((a) => a.status)).not.toContain(429);
    expect(answers[30]!.status).toBe(429);
    expect(await stack.db.loginFailure.findMany({ distinct: ["ip"], select: { ip: true } })).toHaveLength(1);
    // The victim's right password from the same socket, with yet another claimed address, waits too.
    expect((await attempt(stack.base, VICTIM.email, VICTIM.password, "192.0.2.99")).status).toBe(429);
  });
});

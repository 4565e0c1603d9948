import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { changePassword } from "@/lib/accounts/change-password";
import { createAccount } from "@/lib/accounts/create-account";
import { signUp } from "@/lib/accounts/sign-up";
import { AppError } from "@/lib/errors";
import { createAnotherOrganization } from "@/lib/organizations/create-organization";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/rate-limit/rate-limit";
import { testDb } from "./support/database";
import { uniqueEmail } from "./support/factories";

const address = () => `198.18.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as AppError,
  );

describe("rate limits", () => {
  it("a burst of 15 in parallel counts exactly up to the limit and refuses the rest, with the wait", async () => {
    const key = address();
    const outcomes = await Promise.all(Array.from({ length: 15 }, () => refusal(consumeRateLimit(testDb(), "signUp", key))));
    expect(outcomes.filter((o) => o === null)).toHaveLength(RATE_LIMITS.signUp.max);
    const refused = outcomes.filter((o): o is AppError => o !== null);
    expect(refused).toHaveLength(15 - RATE_LIMITS.signUp.max);
    expect(refused[0]!.code).toBe("rate_limited");
    expect(refused[0]!.message).toMatch(/^Too many accounts were created from your network\. Try again in \d+ (seconds|minutes)\.$/);
    expect(await testDb().rateLimitEvent.count({ where: { kind: "signUp", key } })).toBe(RATE_LIMITS.signUp.max);
  });

  it("sign-up answers a taken email like a new one, creates nothing for it, and counts both against the address", async () => {
    const key = address();
    const taken = uniqueEmail("taken");
    await createAccount(testDb(), { name: "Owner", email: taken, password: "the owner's password" });
    const users = await testDb().user.count();
    await expect(signUp({ name: "Intruder", email: taken, password: "another long password" }, key, testDb())).resolves.toBeUndefined();
    expect(await testDb().user.count()).toBe(users);
    await expect(
      signUp({ name: "Newcomer", email: uniqueEmail("new"), password: "another long password" }, key, testDb()),
    ).resolves.toBeUndefined();
    expect(await testDb().user.count()).toBe(users + 1);
    expect(await testDb().rateLimitEvent.count({ where: { kind: "signUp", key } })).toBe(2);
  });

  it("organization creation is limited per user", async () => {
    const { user } = await createAccount(testDb(), { name: "Founder", email: uniqueEmail("founder"), password: "a long enough password" });
    for (let i = 0; i < RATE_LIMITS.createOrganization.max; i += 1) await createAnotherOrganization(user.id, `Spree ${i}`, testDb());
    const error = await refusal(createAnotherOrganization(user.id, "One too many", testDb()));
    expect(error).toMatchObject({ code: "rate_limited" });
    expect(await testDb().organization.count({ where: { name: "One too many" } })).toBe(0);
  });

  it("after 5 wrong current passwords, even the right one is refused for a while, next to the field", async () => {
    const { user } = await createAccount(testDb(), { name: "Pat", email: uniqueEmail(), password: "original password" });
    const wrong = await Promise.all(
      Array.from({ length: 8 }, (_, i) => refusal(changePassword(user.id, `guess number ${i}`, "brand new password", testDb()))),
    );
    expect(wrong.filter((e) => e?.code === "validation")).toHaveLength(RATE_LIMITS.passwordChangeFailure.max);
    expect(wrong.filter((e) => e?.code === "rate_limited")).toHaveLength(8 - RATE_LIMITS.passwordChangeFailure.max);
    const error = await refusal(changePassword(user.id, "original password", "brand new password", testDb()));
    expect(error).toMatchObject({ code: "rate_limited" });
    expect(error!.fieldErrors.currentPassword![0]).toMatch(/^Too many wrong current passwords\. Try again in \d+ minutes\.$/);
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.sessionVersion).toBe(user.sessionVersion);
  });
});

import { describe, expect, it } from "vitest";
import { changePassword } from "@/lib/accounts/change-password";
import { createAccount } from "@/lib/accounts/create-account";
import { signUpSchema } from "@/lib/accounts/schema";
import { verifyPassword } from "@/lib/auth/password";
import {
  checkSignInThrottle,
  FREE_FAILURES_PER_ACCOUNT,
  MAX_ACCOUNT_DELAY_SECONDS,
  MAX_FAILURES_PER_IP,
  MAX_FAILURES_PER_PAIR,
  recordSignInFailure,
} from "@/lib/auth/throttle";
import { AppError } from "@/lib/errors";
import { testDb } from "./support/database";
import { uniqueEmail } from "./support/factories";

describe("sign-up", () => {
  it("creates the user with an argon2id hash, their organization, the owner membership and an audit event", async () => {
    const email = uniqueEmail("signup");
    const input = signUpSchema.parse({
      name: "Ada Lovelace",
      email: email.toUpperCase(),
      password: "twelve chars ok",
      organizationName: "Analytical Engines",
    });
    const { user, organization } = await createAccount(testDb(), input);
    expect(user.email).toBe(email);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, "twelve chars ok")).toBe(true);
    const membership = await testDb().membership.findFirstOrThrow({ where: { userId: user.id } });
    expect(membership).toMatchObject({ organizationId: organization.id, role: "owner" });
    expect(organization.slug).toBe("analytical-engines");
    const audit = await testDb().auditEvent.findMany({ where: { organizationId: organization.id } });
    expect(audit.map((a) => a.action)).toEqual(["organization.created"]);
  });

  it("refuses a duplicate email with a field error and creates nothing", async () => {
    const email = uniqueEmail("dup");
    await createAccount(testDb(), { name: "First", email, password: "a long enough password" });
    const before = await testDb().organization.count();
    const error = await createAccount(testDb(), { name: "Second", email, password: "another long password" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors.email).toEqual(["An account with this email already exists."]);
    expect(await testDb().organization.count()).toBe(before);
    expect(await testDb().user.count({ where: { email } })).toBe(1);
  });

  it("gives each organization a unique slug", async () => {
    const a = await createAccount(testDb(), {
      name: "A",
      email: uniqueEmail(),
      password: "a long enough password",
      organizationName: "Same Name Co",
    });
    const b = await createAccount(testDb(), {
      name: "B",
      email: uniqueEmail(),
      password: "a long enough password",
      organizationName: "Same Name Co",
    });
    expect(a.organization.slug).not.toBe(b.organization.slug);
    expect(b.organization.slug).toMatch(/^same-name-co-/);
  });
});

describe("password change", () => {
  it("needs the current password, stores the new one and bumps the session version", async () => {
    const { user } = await createAccount(testDb(), { name: "Pat", email: uniqueEmail(), password: "original password" });
    await expect(changePassword(user.id, "wrong password!!", "brand new password", testDb())).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["This is not your current password."] },
    });
    const updated = await changePassword(user.id, "original password", "brand new password", testDb());
    expect(updated.sessionVersion).toBe(user.sessionVersion + 1);
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(stored.passwordHash, "brand new password")).toBe(true);
    expect(await verifyPassword(stored.passwordHash, "original password")).toBe(false);
  });
});

describe("sign-in throttle", () => {
  const address = () => `192.0.2.${Math.floor(Math.random() * 250)}`;

  it("limits an account and address pair after 10 failures in the window, for that address only", async () => {
    const email = uniqueEmail("throttle");
    const ip = address();
    const old = new Date(Date.now() - 10 * 60 * 1000);
    // Old enough that the account delay has passed: only the pair limit speaks.
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i += 1) await testDb().loginFailure.create({ data: { email, ip, createdAt: old } });
    const state = await checkSignInThrottle(email, ip, testDb());
    expect(state.limited).toBe(true);
    expect(state.retryAfterSeconds).toBeGreaterThan(4 * 60);
    expect(state.retryAfterSeconds).toBeLessThanOrEqual(5 * 60);
    expect((await checkSignInThrottle(email, "198.51.100.250", testDb())).limited).toBe(false);
  });

  it("slows an account down after 5 failures from any addresses, never for longer than 5 minutes", async () => {
    const email = uniqueEmail("rotating");
    for (let i = 0; i < FREE_FAILURES_PER_ACCOUNT - 1; i += 1) await recordSignInFailure(email, `198.51.100.${i}`, testDb());
    expect((await checkSignInThrottle(email, "198.51.100.200", testDb())).limited).toBe(false);
    await recordSignInFailure(email, "198.51.100.99", testDb());
    const state = await checkSignInThrottle(email, "198.51.100.200", testDb());
    expect(state).toEqual({ limited: true, retryAfterSeconds: 2 });
    expect((await checkSignInThrottle(email, "198.51.100.200", testDb(), new Date(Date.now() + 2100))).limited).toBe(false);
    for (let i = 0; i < 30; i += 1) await recordSignInFailure(email, `203.0.113.${i}`, testDb());
    expect((await checkSignInThrottle(email, "198.51.100.200", testDb())).retryAfterSeconds).toBe(MAX_ACCOUNT_DELAY_SECONDS);
  });

  it("limits an address after 30 failures across accounts, and forgets failures older than 15 minutes", async () => {
    const ip = address();
    await testDb().loginFailure.deleteMany({ where: { ip } });
    const old = new Date(Date.now() - 16 * 60 * 1000);
    for (let i = 0; i < MAX_FAILURES_PER_IP; i += 1)
      await testDb().loginFailure.create({ data: { email: uniqueEmail(), ip, createdAt: old } });
    expect((await checkSignInThrottle(uniqueEmail(), ip, testDb())).limited).toBe(false);
    for (let i = 0; i < MAX_FAILURES_PER_IP; i += 1) await recordSignInFailure(uniqueEmail(), ip, testDb());
    expect((await checkSignInThrottle(uniqueEmail(), ip, testDb())).limited).toBe(true);
  });
});

/**
 * Every route handler and server action of the app, attacked on the production server: signed
 * out (and with a forged session cookie), as the victim organization's viewer, and as a member
 * of another organization using the victim's real ids. Each refusal is checked in the
 * database too: the victim's rows are exactly as before. A new entry point without a row in
 * the coverage table fails the first tests.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "@/lib/cli/http/session";
import {
  entriesInBuild,
  pagesInSource,
  routeHandlersInSource,
  serverActionsInManifest,
  serverActionsInSource,
} from "./support/entry-point-catalog";
import { attacksOf, COVERAGE, isNotApplicable, type Coverage } from "./support/coverage";
import type { Attack, OwnOrg } from "./support/coverage/types";
import type { Outcome } from "./support/outcome";
import type { SystemStack } from "./support/stack";
import { victimState } from "./support/victim-state";
import { forged, startWorld, signedOut, type Target, type World } from "./support/world";

let stack: SystemStack;
let world: World;

beforeAll(async () => {
  ({ stack, world } = await startWorld());
});
afterAll(async () => stack?.close());

describe("the coverage table", () => {
  it("lists exactly the route handlers and server actions in the code", () => {
    const inCode = [...routeHandlersInSource().map((r) => r.key), ...serverActionsInSource()].sort();
    const inTable = COVERAGE.map((c) => c.entry).sort();
    expect(
      inCode.filter((entry) => !inTable.includes(entry)),
      "entry points the security tests do not cover",
    ).toEqual([]);
    expect(
      inTable.filter((entry) => !inCode.includes(entry)),
      "table rows for entry points that no longer exist",
    ).toEqual([]);
    expect(new Set(inTable).size).toBe(inTable.length);
  });

  it("knows the same server actions as the build, inline `use server` functions included", () => {
    expect(serverActionsInManifest()).toEqual(serverActionsInSource());
  });

  it("knows the same pages and route handlers as the build", () => {
    const fromSource = [...pagesInSource().map((p) => p.file), ...routeHandlersInSource().map((r) => r.file)].map((file) =>
      file.replace(/\.(tsx?|jsx?)$/, ""),
    );
    // Next adds its own not-found and error pages, and a route for each metadata file such as app/icon.svg.
    const built = entriesInBuild().filter(
      (entry) => !/^app\/_(not-found|global-error)\/page$/.test(entry) && !/\.(svg|png|ico|txt|xml)\/route$/.test(entry),
    );
    expect(built).toEqual([...new Set(fromSource)].sort());
  });

  it("says why each case that does not apply does not", () => {
    for (const c of COVERAGE) {
      for (const value of [c.signedOut, c.viewer, c.outsider, c.outsiderOwnOrg]) {
        if (isNotApplicable(value)) expect(value.na.length, c.entry).toBeGreaterThan(10);
      }
    }
  });
});

const victim = (v: Target) => v;
const underOwnSlug = (v: Target, own: OwnOrg) => ({ ...v, slug: own.slug });

/** Names of the victim that no refused or public answer may carry. */
function leaks(outcome: Outcome): string[] {
  const secrets = [world.victim.name, ...world.victim.projectNames, "$argon2"];
  return secrets.filter((secret) => outcome.body.includes(secret));
}

/** Runs each attack, and checks its verdict, that it changed none of the victim's rows and, for outsiders, that it leaked nothing. */
async function attack(c: Coverage, sessions: { label: string; session: Session }[], attacks: Required<Attack>[], checkLeaks: boolean) {
  for (const { label, session } of sessions) {
    for (const a of attacks) {
      const before = await victimState(stack.db, world.victim.organizationId, world.victim.userIds);
      const outcome = await c.call(session, a.target(world.victim, world.outsiderOrg));
      expect({ who: label, verdict: outcome.verdict }, `${c.entry}: ${outcome.status} ${outcome.body.slice(0, 300)}`).toEqual({
        who: label,
        verdict: a.expect,
      });
      expect(
        await victimState(stack.db, world.victim.organizationId, world.victim.userIds),
        `${c.entry} as ${label} changed the victim's rows`,
      ).toEqual(before);
      if (checkLeaks) expect(leaks(outcome), `${c.entry} as ${label} answered with the victim's data`).toEqual([]);
    }
  }
}

describe.each(COVERAGE)("$entry", (c) => {
  const signedOutAttacks = attacksOf(c.signedOut, victim);
  if (signedOutAttacks.length > 0) {
    it(`signed out: ${signedOutAttacks[0]!.expect}, nothing changes`, async () => {
      const base = stack.base;
      const sessions = [
        { label: "no session", session: signedOut(base) },
        // A made-up session cookie gets past the proxy: only the entry point's own check stands.
        { label: "forged session cookie", session: forged(base) },
      ];
      await attack(c, sessions, signedOutAttacks, true);
    });
  }

  const viewerAttacks = attacksOf(c.viewer, victim);
  if (viewerAttacks.length > 0) {
    it(`as the victim's viewer: ${viewerAttacks[0]!.expect}, nothing changes`, async () => {
      await attack(c, [{ label: "viewer", session: world.viewer }], viewerAttacks, false);
    });
  }

  const outsiderAttacks = [...attacksOf(c.outsider, victim), ...attacksOf(c.outsiderOwnOrg, underOwnSlug)];
  if (outsiderAttacks.length > 0) {
    it(`as a member of another organization with the victim's ids: ${outsiderAttacks.map((a) => a.expect).join(", ")}, nothing changes or leaks`, async () => {
      await attack(c, [{ label: "outsider", session: world.outsider }], outsiderAttacks, true);
    });
  }
});

describe("the same calls by someone allowed succeed, so the refusals above were not accidents", () => {
  it.each(COVERAGE)("$entry", async (c) => {
    const sessions: Record<Coverage["legit"]["as"], Session> = {
      owner: world.owner,
      viewer: world.viewer,
      outsider: world.outsider,
      "signed-out": signedOut(stack.base),
    };
    const outcome = await (c.legit.call ?? c.call)(sessions[c.legit.as], world.victim);
    expect(outcome.verdict, `${outcome.status} ${outcome.body.slice(0, 300)}`).toBe(c.legit.expect ?? "ok");
  });
});

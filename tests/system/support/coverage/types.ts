/**
 * One row of the security coverage table per entry point: how to call it with the victim's
 * real ids, and what each kind of caller must get. A case that does not apply says why.
 */
import type { Session } from "@/lib/cli/http/session";
import type { Outcome, Verdict } from "../outcome";
import type { Target, World } from "../world";

export type OwnOrg = World["outsiderOrg"];

export interface NotApplicable {
  na: string;
}

/** An expected verdict, optionally with the ids the caller uses instead of the victim's own. */
export interface Attack {
  expect: Verdict;
  target?: (victim: Target, own: OwnOrg) => Target;
}

export type Case = Verdict | Attack | NotApplicable;

export type Call = (session: Session, target: Target) => Promise<Outcome>;

export type Caller = "owner" | "viewer" | "outsider" | "signed-out";

export interface Coverage {
  /** "app/…/route.ts METHOD" or "app/…/actions.ts#export". */
  entry: string;
  /** What a legitimate call reads or changes (the rows the state check guards). */
  does: string;
  call: Call;
  /** No session (from the action's page and from one the proxy does not guard) and a forged session cookie. */
  signedOut: Case;
  /** The victim organization's viewer with the victim's ids; writes must be refused. */
  viewer: Case;
  /** A member of another organization naming the victim organization and its ids. */
  outsider: Case;
  /** The same attacker naming their own organization with the victim's row ids. */
  outsiderOwnOrg: Case | Attack[];
  /** Run after every attack: the call by someone allowed succeeds, so the refusals were not accidents of a malformed call. */
  legit: { as: Caller; call?: Call; expect?: Verdict };
}

export const isNotApplicable = (c: Case | Attack[]): c is NotApplicable => typeof c === "object" && !Array.isArray(c) && "na" in c;

/** The attacks a case stands for, each with the ids it uses. */
export function attacksOf(c: Case | Attack[], defaultTarget: (victim: Target, own: OwnOrg) => Target): Required<Attack>[] {
  if (isNotApplicable(c)) return [];
  const list = Array.isArray(c) ? c : [typeof c === "string" ? { expect: c } : c];
  return list.map((attack) => ({ expect: attack.expect, target: attack.target ?? defaultTarget }));
}

import type { Answers, Scores, SystemKey } from "@/lib/readiness";

/** Which demo login (see `../demo-accounts.ts`) a project or snapshot belongs to. */
export type DemoUserKey = "owner" | "editor" | "viewer";

/** A submitted assessment: what the project looked like `daysAgo` days before seeding. */
export interface DemoSnapshot {
  daysAgo: number;
  answers: Answers;
  scores: Scores;
  submittedBy: "owner" | "editor";
}

export interface DemoProject {
  name: string;
  description: string;
  systems: SystemKey[];
  /** Which demo user owns the project. */
  owner: DemoUserKey;
  archived?: boolean;
  /** Two or three, oldest first (strictly decreasing `daysAgo`). */
  snapshots: DemoSnapshot[];
  /** The current working draft: usually the last snapshot plus some progress. */
  draft: { answers: Answers; scores: Scores };
  /**
   * A 90-day remediation plan made from the last snapshot `startDaysAgo` days ago: the draft's
   * progress since then has resolved some of its items, and people have worked on others.
   */
  remediation?: { startDaysAgo: number };
}

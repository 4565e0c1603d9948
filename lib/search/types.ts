/** What the command palette lists: one group per kind, each hit a place to go. Shared by the route and the palette. */
export const SEARCH_GROUPS = ["projects", "questions", "findings", "members"] as const;
export type SearchGroup = (typeof SEARCH_GROUPS)[number];

export const GROUP_LABELS: Record<SearchGroup, string> = {
  projects: "Projects",
  questions: "Questions",
  findings: "Findings",
  members: "Members",
};

export interface SearchHit {
  /** Unique within its group. */
  id: string;
  label: string;
  /** A second line: where the hit is, or what it is about. */
  detail?: string;
  href: string;
}

/** The server's answer: the groups it reads from the database (questions are matched in the browser). */
export interface ServerSearchResults {
  projects: SearchHit[];
  findings: SearchHit[];
  members: SearchHit[];
}

/** Hits per group: enough to choose from, few enough to read at a glance. */
export const SEARCH_LIMIT = 8;
export const SEARCH_QUERY_MAX = 100;

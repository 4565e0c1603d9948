/**
 * The framework's nine questions as palette hits, matched in the browser (they are the same
 * for every organization, so no request is needed). Inside a project a question opens that
 * project's workspace on its step (the workspace reads `#answers.<question>`); elsewhere it
 * opens the question's section of the public rule catalogue. Pure.
 */
import { sectionName } from "@/lib/readiness/describe-path";
import { QUESTIONS } from "@/lib/readiness/framework/questions";
import { rankItems } from "./rank";
import { SEARCH_LIMIT, type SearchHit } from "./types";

/** `/o/<slug>/projects/<id>` when the path is inside a project, else null. */
export function projectBaseOf(pathname: string): string | null {
  const match = /^\/o\/[^/]+\/projects\/([^/?#]+)/.exec(pathname);
  if (!match || match[1] === "new") return null;
  return match[0];
}

export function questionHits(typed: string, projectBase: string | null): SearchHit[] {
  return rankItems(QUESTIONS, (q) => [q.title, sectionName(q.key), q.number], typed, SEARCH_LIMIT).map((question) => ({
    id: question.key,
    label: `${question.number} ${sectionName(question.key)}`,
    detail: question.title,
    href: projectBase ? `${projectBase}#answers.${question.key}` : `/rules#group-${question.key}`,
  }));
}

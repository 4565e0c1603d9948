import "server-only";
import { can } from "@/lib/auth/roles";
import { db, type Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrgContext } from "@/lib/organizations/access";
import { rulesetRule, RULESET_VERSION } from "@/lib/readiness";
import { findingHref, matchingRuleIds } from "./findings";
import { containsPattern, prefixPattern } from "./like";
import { SEARCH_LIMIT, type SearchHit, type ServerSearchResults } from "./types";

const ICU = Prisma.raw(`COLLATE "und-x-icu"`);

/**
 * The command palette's server half: projects by name, open blockers by rule, members by
 * name or email — each one indexed-by-organization query with a LIMIT, every one scoped to
 * the caller's organization. Nothing is evaluated here: findings come from the summaries
 * drafts store on save. A prefix match ranks above a match inside the text.
 */
export async function searchOrganization(ctx: OrgContext, typed: string, client: Db = db()): Promise<ServerSearchResults> {
  const organizationId = ctx.organization.id;
  const base = `/o/${ctx.organization.slug}`;
  const contains = containsPattern(typed);
  const prefix = prefixPattern(typed);
  const ruleIds = matchingRuleIds(typed);
  const [projects, findings, members] = await Promise.all([
    client.$queryRaw<{ id: string; name: string; archived: boolean }[]>`
      SELECT p.id, p.name, p.archived_at IS NOT NULL AS archived
        FROM projects p
       WHERE p.organization_id = ${organizationId} AND p.name ILIKE ${contains}
       ORDER BY p.archived_at IS NOT NULL, p.name ILIKE ${prefix} DESC, p.name ${ICU}, p.id
       LIMIT ${SEARCH_LIMIT}`,
    ruleIds.length === 0
      ? []
      : client.$queryRaw<{ id: string; name: string; rule: string }[]>`
      SELECT p.id, p.name, r.rule
        FROM projects p
        JOIN assessments a ON a.project_id = p.id AND a.organization_id = p.organization_id
       CROSS JOIN unnest(a.blocker_rules) AS r(rule)
       WHERE p.organization_id = ${organizationId} AND p.archived_at IS NULL AND r.rule = ANY(${ruleIds}::text[])
       ORDER BY array_position(${ruleIds}::text[], r.rule), p.name ${ICU}, p.id
       LIMIT ${SEARCH_LIMIT}`,
    can(ctx.role, "members:read")
      ? client.$queryRaw<{ id: string; name: string; email: string }[]>`
      SELECT u.id, u.name, u.email
        FROM memberships m JOIN users u ON u.id = m.user_id
       WHERE m.organization_id = ${organizationId} AND (u.name ILIKE ${contains} OR u.email ILIKE ${contains})
       ORDER BY (u.name ILIKE ${prefix} OR u.email ILIKE ${prefix}) DESC, u.name ${ICU}, u.id
       LIMIT ${SEARCH_LIMIT}`
      : [],
  ]);
  return {
    projects: projects.map((p): SearchHit => ({
      id: p.id,
      label: p.name,
      detail: p.archived ? "Archived project" : undefined,
      href: `${base}/projects/${p.id}/dashboard`,
    })),
    findings: findings.flatMap((f): SearchHit[] => {
      const rule = rulesetRule(RULESET_VERSION, f.rule);
      if (rule === null) return [];
      return [
        { id: `${f.id}:${f.rule}`, label: rule.title, detail: `Blocker in ${f.name}`, href: findingHref(`${base}/projects/${f.id}`, rule) },
      ];
    }),
    members: members.map((m): SearchHit => ({ id: m.id, label: m.name, detail: m.email, href: `${base}/members` })),
  };
}

import Link from "next/link";
import {
  catalogueReferences,
  ruleCatalogue,
  RULESET_VERSIONS,
  type CatalogueRule,
  type RulesetVersion,
  type Severity,
} from "@/lib/readiness/client";
import { cn } from "@/lib/utils/cn";

const SEVERITY_CLASS: Readonly<Record<Severity, string>> = {
  blocker: "border-danger bg-danger-soft text-danger",
  warning: "border-warning bg-warning-soft text-warning",
  info: "border-border bg-surface-muted text-fg",
};

function RuleEntry({ rule }: { rule: CatalogueRule }) {
  return (
    <li id={rule.id} className="scroll-mt-4 rounded-lg border border-border bg-surface p-4" data-rule-id={rule.id}>
      <h3 className="font-semibold">{rule.title}</h3>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-xs">
        <code className="break-all">{rule.id}</code>
        <span className={cn("rounded-full border px-2 py-0.5 font-medium", SEVERITY_CLASS[rule.severity])}>{rule.severityLabel}</span>
        <span className="rounded-full border border-border px-2 py-0.5">Track: {rule.trackLabel}</span>
        <a href={`#${rule.id}`} className="text-fg-muted underline">
          <span className="sr-only">Link to {rule.id}</span>
          <span aria-hidden>#</span>
        </a>
      </p>
      <dl className="mt-2 space-y-1 text-sm">
        <div>
          <dt className="inline font-medium">Fires when: </dt>
          <dd className="inline">{rule.when}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Fix: </dt>
          <dd className="inline">{rule.remediation}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Source: </dt>
          <dd className="inline text-fg-muted">{rule.source}</dd>
        </div>
      </dl>
    </li>
  );
}

/** Every rule of one ruleset, grouped by question and plan section, then the articles they cite. */
export function RuleCatalogue({ version }: { version: RulesetVersion }) {
  const groups = ruleCatalogue(version);
  const count = groups.reduce((sum, group) => sum + group.rules.length, 0);
  const references = catalogueReferences(version);
  return (
    <div className="mt-4 space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold">Rule catalogue</h1>
        <p className="text-sm text-fg-muted">
          Ruleset {version}: <span data-testid="rule-count">{count}</span> rules. Each finding in an evaluation names one of them.
        </p>
        <nav aria-label="Rulesets" className="flex flex-wrap gap-3 text-sm">
          {RULESET_VERSIONS.map((other) =>
            other === version ? (
              <span key={other} aria-current="page" className="font-semibold">
                Ruleset {other}
              </span>
            ) : (
              <Link key={other} href={`/rules?ruleset=${other}`} className="font-medium text-accent underline">
                Ruleset {other}
              </Link>
            ),
          )}
        </nav>
      </header>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`group-${group.key}`} className="space-y-3">
          <h2 id={`group-${group.key}`} className="text-lg font-semibold">
            {group.heading}
          </h2>
          <ul className="space-y-3">
            {group.rules.map((rule) => (
              <RuleEntry key={rule.id} rule={rule} />
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="references" className="space-y-3">
        <h2 id="references" className="text-lg font-semibold">
          References
        </h2>
        <ul className="space-y-3 text-sm">
          {references.map((reference) => (
            <li key={reference.id}>
              <span className="font-medium">{reference.title}</span>
              {reference.titleIsDescriptive ? <span className="text-fg-muted"> (our description; the article prints no title)</span> : null}
              {reference.byline === null ? null : <span>, {reference.byline}</span>}
              <p className="text-fg-muted">Sections used: {reference.sections.join(" · ")}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { RuleCatalogue } from "@/components/readiness/rule-catalogue";
import { catalogueRuleset, LATEST_RULESET_VERSION } from "@/lib/readiness/client";

export const metadata: Metadata = { title: "Rule catalogue" };

/**
 * Public on purpose: the framework is not secret, and a reader following a finding's
 * "Why?" link or a link in a shared report should not need an account. No database: the
 * page reads the framework data the engine runs.
 */
export default async function RulesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const requested = (await searchParams).ruleset;
  const version = catalogueRuleset(requested);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8">
      <Link href="/" className="text-sm font-bold tracking-tight">
        Preflight
      </Link>
      {version === null ? (
        <div className="mt-6 space-y-2">
          <h1 className="text-2xl font-semibold">Rule catalogue</h1>
          <p role="alert" className="text-sm">
            There is no released ruleset “{String(requested).slice(0, 40)}”. Released rulesets are 1.0.0 and 2.0.0.
          </p>
          <Link href="/rules" className="font-medium text-accent underline">
            Show ruleset {LATEST_RULESET_VERSION}
          </Link>
        </div>
      ) : (
        <RuleCatalogue version={version} />
      )}
    </main>
  );
}

import { VerdictBadge } from "@/components/readiness/verdict-badge";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { Comparison } from "@/lib/assessments/compare";
import { describePath, describeValue } from "@/lib/readiness/describe-path";
import type { FieldChange } from "@/lib/assessments/diff";
import { ENUM_LABELS, type AnyFinding } from "@/lib/readiness/client";

function Changes({ title, changes }: { title: string; changes: FieldChange[] }) {
  return (
    <Card>
      <h2 className="text-lg font-semibold">{title}</h2>
      {changes.length === 0 ? (
        <p className="mt-2 text-sm text-fg-muted">No changes.</p>
      ) : (
        <div className="mt-3">
          <Table label={title}>
            <thead>
              <tr>
                <Th>Field</Th>
                <Th>Before</Th>
                <Th>After</Th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.path}>
                  <Td>{describePath(c.path)}</Td>
                  <Td className="max-w-sm break-words">{describeValue(c.path, c.before)}</Td>
                  <Td className="max-w-sm break-words">{describeValue(c.path, c.after)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </Card>
  );
}

function Findings({ title, findings }: { title: string; findings: AnyFinding[] }) {
  return (
    <Card>
      <h2 className="text-lg font-semibold">{title}</h2>
      {findings.length === 0 ? (
        <p className="mt-2 text-sm text-fg-muted">None.</p>
      ) : (
        <ul className="mt-3 space-y-2 text-sm">
          {findings.map((f) => (
            <li key={`${f.ruleId}-${f.target}-${f.message}`}>
              <span className="font-semibold">{ENUM_LABELS.severity[f.severity]}</span> · {f.message}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** "What changed since the last review": verdict, index, scores, answers and findings. */
export function ComparisonView({ before, after, comparison }: { before: string; after: string; comparison: Comparison }) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-fg-muted">
        From {before} to {after}.
      </p>
      <Card className="flex flex-wrap items-center gap-4">
        <span className="text-sm font-medium">Verdict</span>
        <VerdictBadge verdict={comparison.verdict.before} /> <span aria-hidden>→</span>
        <span className="sr-only">became</span> <VerdictBadge verdict={comparison.verdict.after} />
        <span className="ml-6 text-sm font-medium">Readiness index</span>
        <span>
          {comparison.index.before?.toFixed(2) ?? "—"} → {comparison.index.after?.toFixed(2) ?? "—"}
        </span>
      </Card>
      <Changes title="Scores that moved" changes={comparison.scoreChanges} />
      <Findings title="Findings that appeared" findings={comparison.appeared} />
      <Findings title="Findings that were resolved" findings={comparison.disappeared} />
      <Changes title="Answers that changed" changes={comparison.answerChanges} />
      {comparison.planChanges.length > 0 ? <Changes title="Integration plan changes" changes={comparison.planChanges} /> : null}
    </div>
  );
}

import { Card } from "@/components/ui/card";
import { rulesetChangeSentence, type ChangedFinding, type RulesetChange } from "@/lib/assessments/ruleset-change";
import { ENUM_LABELS } from "@/lib/readiness/client";

function FindingList({ id, title, findings }: { id: string; title: string; findings: ChangedFinding[] }) {
  if (findings.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-4">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      <ul className="mt-2 space-y-3 text-sm">
        {findings.map((f) => (
          <li key={`${f.ruleId}|${f.target}`} className="break-words">
            <span className="font-semibold">{ENUM_LABELS.severity[f.severity]}</span> · <span className="font-medium">{f.title}</span>
            <p className="text-fg-muted">{f.message}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * What the app's ruleset would change about a snapshot an older ruleset judged. The snapshot
 * keeps its own verdict; this is for reading only. Lists, not tables: it reads on a phone.
 */
export function RulesetChangePanel({ change }: { change: RulesetChange }) {
  return (
    <Card>
      <h2 id="ruleset-change" className="text-lg font-semibold">
        Judged again by ruleset {change.to}
      </h2>
      <p className="mt-2 text-sm" data-testid="ruleset-change-sentence">
        {rulesetChangeSentence(change)} It keeps the verdict ruleset {change.from} gave it.
      </p>
      <FindingList id="ruleset-change-gained" title="Findings it would gain" findings={change.gained} />
      <FindingList id="ruleset-change-lost" title="Findings it would lose" findings={change.lost} />
    </Card>
  );
}

import { Card } from "@/components/ui/card";
import { AREAS, FRAMEWORK, QUESTIONS } from "@/lib/readiness/client";

/** The readiness framework at a glance: the nine questions and the seven scored areas. */
export function FrameworkOverview() {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card>
        <h2 className="text-lg font-semibold">The nine questions</h2>
        <ol className="mt-3 space-y-3">
          {QUESTIONS.map((question) => (
            <li key={question.key} className="text-sm">
              <span className="font-semibold">
                {question.number}. {question.title}
              </span>
              <p className="text-fg-muted">{question.why}</p>
            </li>
          ))}
        </ol>
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">The seven readiness areas</h2>
        <p className="mt-1 text-xs text-fg-muted">
          Framework version {FRAMEWORK.version}. Scored 1 (not ready) to 5 (fully ready); below 3 blocks launch.
        </p>
        <ul className="mt-3 space-y-3">
          {AREAS.map((area) => (
            <li key={area.key} className="text-sm">
              <span className="font-semibold">{area.label}</span>
              <p className="text-fg-muted">{area.description}</p>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}

"use client";

import { questionByKey, type JudgedDocument, type QuestionKey } from "@/lib/readiness/client";
import { readAnswer, readScores, type ReadField, type ReadRow } from "@/lib/workspace/read-model";
import { fieldIdFor } from "./paths";

export const READ_VALUE = "whitespace-pre-wrap break-words";

/** Label and value side by side (stacked on phones); the value is the field's focus target for findings. */
export function ReadFields({ fields }: { fields: readonly ReadField[] }) {
  return (
    <dl className="divide-y divide-border">
      {fields.map((field) => (
        <div key={field.path} className="grid gap-1 py-2 sm:grid-cols-[12rem_minmax(0,1fr)] sm:gap-4">
          <dt className="text-sm font-medium text-fg-muted">{field.label}</dt>
          <dd id={fieldIdFor(field.path)} tabIndex={-1} className={`${READ_VALUE} text-sm`}>
            {field.value ?? <span className="text-fg-muted italic">Not answered</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** List rows as cards, each the focus target of findings on its row. */
export function ReadRows({ rows }: { rows: readonly ReadRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-fg-muted italic">No rows.</p>;
  return (
    <ol className="space-y-3">
      {rows.map((row) => (
        <li key={row.path}>
          <section
            id={fieldIdFor(row.path)}
            tabIndex={-1}
            aria-labelledby={`${fieldIdFor(row.path)}-title`}
            className="rounded-lg border border-border bg-surface px-4 py-2"
          >
            <h3 id={`${fieldIdFor(row.path)}-title`} className="pt-1 font-semibold break-words">
              {row.title}
            </h3>
            <ReadFields fields={row.fields} />
          </section>
        </li>
      ))}
    </ol>
  );
}

function Answer({ document, question }: { document: JudgedDocument; question: QuestionKey }) {
  const answer = readAnswer(document, question);
  return answer.shape === "form" ? <ReadFields fields={answer.fields} /> : <ReadRows rows={answer.rows} />;
}

function Scores({ document }: { document: JudgedDocument }) {
  return (
    <ol className="space-y-3">
      {readScores(document).map((score) => (
        <li key={score.path}>
          <section
            id={fieldIdFor(score.path)}
            tabIndex={-1}
            aria-label={score.label}
            className="rounded-lg border border-border bg-surface p-4"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold">{score.label}</h3>
              <span className="text-sm">{score.score === null ? "Not scored" : `Scored ${score.score} of 5`}</span>
            </div>
            {score.meaning ? <p className={`${READ_VALUE} mt-1 text-sm`}>{score.meaning}</p> : null}
            {score.note ? (
              <p className={`${READ_VALUE} mt-2 text-sm`}>
                <span className="font-medium text-fg-muted">Justification: </span>
                {score.note}
              </p>
            ) : null}
          </section>
        </li>
      ))}
    </ol>
  );
}

/**
 * A viewer's read mode: the answers as text that wraps, in the PDF's order (label, value;
 * rows as cards), instead of disabled inputs that cut long answers off.
 */
export function ReadStep({ step, document }: { step: QuestionKey | "scores"; document: JudgedDocument }) {
  return (
    <div data-testid="read-mode">
      {step === "scores" ? <Scores document={document} /> : <Answer document={document} question={questionByKey(step).key} />}
    </div>
  );
}

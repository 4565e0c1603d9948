"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import {
  AREAS,
  BLOCKING_SCORE_THRESHOLD,
  FIELDS,
  LIMITS,
  isBlockingScore,
  type AreaDefinition,
  type ScoreLevel,
} from "@/lib/readiness/client";
import { GrowingTextarea } from "./growing-textarea";
import { Group } from "./choice-fields";
import { useFieldErrors, useFieldValue, useWorkspaceForm } from "./form-context";
import { fieldIdFor } from "./paths";

const LEVELS: readonly ScoreLevel[] = [1, 2, 3, 4, 5];

/** The seven areas, each scored 1–5 against its rubric, with a justification note. */
export function ScoresStep() {
  return (
    <div className="space-y-4">
      <p className="text-sm text-fg-muted">
        Score each area from 1 (not ready) to 5 (fully ready). Any score below {BLOCKING_SCORE_THRESHOLD} blocks launch.
      </p>
      {AREAS.map((area) => (
        <AreaScore key={area.key} area={area} />
      ))}
    </div>
  );
}

function AreaScore({ area }: { area: AreaDefinition }) {
  const form = useWorkspaceForm();
  const path = `scores.${area.key}`;
  const id = fieldIdFor(path);
  const raw = useFieldValue(`${path}.score`);
  const scoreErrors = useFieldErrors(`${path}.score`);
  const score = LEVELS.find((level) => level === raw);
  const note = useFieldValue(`${path}.note`);
  const noteErrors = useFieldErrors(`${path}.note`);
  const blocking = isBlockingScore(score);

  return (
    // No tabIndex: a finding on this area focuses its checked score (data-focus-checked), see focus.ts.
    <div id={id} data-focus-checked role="group" aria-labelledby={`${id}-title`} className="rounded-lg border border-border bg-surface p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${id}-title`} className="font-semibold">
          {area.label}
        </h3>
        <span className={blocking ? "text-sm font-semibold text-danger" : "text-sm text-fg-muted"}>
          {score === undefined ? "Not scored" : blocking ? `✕ Scored ${score}: blocks launch` : `Scored ${score} of 5`}
        </span>
      </div>
      <p className="mt-1 text-sm text-fg-muted">{area.description}</p>

      <Group
        id={`${id}-score`}
        legend={`${FIELDS.score.score.label}: ${area.label}`}
        help={FIELDS.score.score.help}
        errors={scoreErrors}
        className="mt-3"
      >
        <div className="flex flex-wrap gap-2">
          {LEVELS.map((level) => (
            <label
              key={level}
              htmlFor={`${id}-score-${level}`}
              className="inline-flex min-w-12 cursor-pointer items-center justify-center gap-2 rounded-md border border-border px-3 py-1.5 text-sm has-[:checked]:border-accent has-[:checked]:bg-surface-muted has-[:checked]:font-semibold has-[:disabled]:cursor-default"
            >
              <input
                type="radio"
                id={`${id}-score-${level}`}
                name={`${id}-score`}
                checked={score === level}
                onChange={() => form.set(`${path}.score`, level)}
                disabled={form.readOnly}
                aria-describedby={`${id}-rubric-${level}`}
                className="accent-accent"
              />
              {level}
              {isBlockingScore(level) ? <span className="sr-only"> (blocks launch)</span> : null}
            </label>
          ))}
        </div>
        <p className="min-h-5 text-sm" aria-live="polite">
          {score === undefined ? "Pick the level that matches today’s state." : `${score} — ${area.rubric[score]}`}
        </p>
        <details className="text-sm">
          <summary className="cursor-pointer text-fg-muted">What each level means</summary>
          <ol className="mt-2 space-y-1">
            {LEVELS.map((level) => (
              <li key={level} id={`${id}-rubric-${level}`}>
                <span className="font-semibold">{level}</span> — {area.rubric[level]}
              </li>
            ))}
          </ol>
        </details>
      </Group>

      <div className="mt-3">
        <Field
          id={fieldIdFor(`${path}.note`)}
          label={`${FIELDS.score.note.label}: ${area.label}`}
          hint={score === undefined ? "Pick a score first; a justification belongs to a score." : FIELDS.score.note.help}
          errors={noteErrors}
        >
          <GrowingTextarea
            value={typeof note === "string" ? note : ""}
            onChange={(event) => form.set(`${path}.note`, event.target.value)}
            disabled={form.readOnly || (score === undefined && typeof note !== "string")}
            maxLength={LIMITS.longText}
          />
        </Field>
      </div>
      {form.readOnly ? null : (
        <Button
          variant="ghost"
          size="sm"
          className="mt-2"
          disabled={score === undefined && note === undefined}
          onClick={() => form.set(path, undefined)}
        >
          Clear score and note<span className="sr-only">: {area.label}</span>
        </Button>
      )}
    </div>
  );
}

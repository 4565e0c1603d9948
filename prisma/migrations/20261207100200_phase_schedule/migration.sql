-- Issue #17: the current rollout phase, cheaply. Reading each phase's start and end and
-- applying the status rules per row (migration 20261207100000) took about 20 µs a draft:
-- 0.2 s to group 10,000 projects by phase. The current phase only changes on the days a
-- phase starts or the day after one ends, so the draft now keeps those days and the phase
-- from each on (lib/integration-plan/rollout-columns.ts), and SQL looks the day up with
-- width_bucket (a binary search in C) instead.

ALTER TABLE "assessments"
    DROP COLUMN "phase_starts",
    DROP COLUMN "phase_ends",
    ADD COLUMN "phase_changes" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    ADD COLUMN "phase_schedule" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

DROP FUNCTION "preflight_current_phase"(INTEGER[], INTEGER[], INTEGER);

-- The current phase (1-based) on day `today`, or NULL: `schedule` holds the phase before the
-- first change day and from each change day on (0: none). A plain expression, so it is inlined.
CREATE FUNCTION "preflight_current_phase"(changes INTEGER[], schedule INTEGER[], today INTEGER) RETURNS INTEGER
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN cardinality(changes) > 0 THEN NULLIF(schedule[width_bucket(today, changes) + 1], 0)
              ELSE NULLIF(schedule[1], 0) END
$$;

-- Re-judged (stale-summaries.ts) on the organization's next portfolio view, which fills the new columns.
UPDATE "assessments" SET "evaluated_with" = '';

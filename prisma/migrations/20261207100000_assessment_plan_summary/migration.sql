-- Issue #17: what the portfolio shows of the drafts' plans, kept with the other summary
-- columns on every save (lib/assessments/evaluation-summary.ts `summarizePlan`): the ROI
-- figures of the evaluation, and the rollout as parallel arrays (each drawn phase's stage,
-- "" without one, and its start and end as day numbers since 1970-01-01, 2147483647 when
-- unknown; lib/integration-plan/rollout-columns.ts), so SQL can say which phase is current
-- on any day without reading a document.

ALTER TABLE "assessments"
    ADD COLUMN "monthly_hours_saved" DOUBLE PRECISION,
    ADD COLUMN "monthly_net" DOUBLE PRECISION,
    ADD COLUMN "roi_currency" TEXT,
    ADD COLUMN "payback_months" DOUBLE PRECISION,
    ADD COLUMN "phase_stages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    ADD COLUMN "phase_starts" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    ADD COLUMN "phase_ends" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- The current phase (1-based) on day `today`, or NULL: the meaning of rollout-status.ts
-- (`phaseStandings` + `currentAndNext`). The last phase whose dates hold today; else the
-- last phase that has ended, unless it is the plan's last phase (then the rollout is done;
-- otherwise it is overdue and the team is still in it). An unknown day is 2147483647: a
-- phase without a start never begins by its dates, one without an end never ends.
CREATE FUNCTION "preflight_current_phase"(starts INTEGER[], ends INTEGER[], today INTEGER) RETURNS INTEGER
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT COALESCE(
    (SELECT max(i) FROM generate_subscripts(starts, 1) AS i WHERE starts[i] <= today AND today <= ends[i]),
    (SELECT CASE WHEN max(i) < cardinality(ends) THEN max(i) END FROM generate_subscripts(ends, 1) AS i WHERE ends[i] < today))
$$;

-- Today as the rollout reads dates: a UTC calendar day (lib/integration-plan/calendar-day.ts).
CREATE FUNCTION "preflight_today"() RETURNS INTEGER
LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT (now() AT TIME ZONE 'UTC')::date - DATE '1970-01-01' $$;

-- Every draft is re-judged (stale-summaries.ts) on its organization's next portfolio view,
-- which fills the new columns: '' is the mark of a draft no ruleset has judged yet.
UPDATE "assessments" SET "evaluated_with" = '';

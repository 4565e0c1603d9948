-- Issue #17: projects by rollout phase from the ledger (migration 20261206100000_portfolio_tally)
-- instead of a GROUP BY over every draft per portfolio view. The current phase moves with the
-- date, but only on the days a draft keeps (`phase_changes`, migration 20261207100200), so an
-- active draft adds, per stage: `phase:<stage>` for the stage it starts in (before its first
-- change day), and at each change day `phase:<stage>@<day>` -1 for the stage it leaves and +1
-- for the stage it enters ("" is a phase without a stage). The count of a stage today is the
-- sum of its plain key and its keys of days up to today (lib/dashboard/portfolio-tally.ts); a
-- fold merges the keys of past days into the plain key, since today only moves forward.

CREATE OR REPLACE FUNCTION "preflight_assessment_tally"(a "assessments", sign INTEGER) RETURNS TABLE ("key" TEXT, "amount" BIGINT)
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF a IS NULL OR NOT a."project_active" THEN RETURN; END IF;
  RETURN QUERY
    SELECT k, sign::bigint FROM (
      SELECT 'draft:' || a."verdict"::text AS k
      UNION ALL SELECT 'ruleset:' || a."evaluated_with"
      UNION ALL SELECT 'rule:' || r FROM unnest(a."blocker_rules") AS r
    ) keys;
  IF a."verdict" = 'ready' AND a."monthly_hours_saved" IS NOT NULL THEN
    RETURN QUERY SELECT 'roi-hours', round(a."monthly_hours_saved" * 100)::bigint * sign;
    RETURN QUERY SELECT 'roi-n', sign::bigint;
  END IF;
  IF a."verdict" = 'ready' AND a."monthly_net" IS NOT NULL THEN
    RETURN QUERY SELECT 'roi-net:' || COALESCE(a."roi_currency", ''), round(a."monthly_net" * 100)::bigint * sign;
    RETURN QUERY SELECT 'roi-net-n:' || COALESCE(a."roi_currency", ''), sign::bigint;
  END IF;
  -- What preflight_current_phase reads: schedule[i + 1] from change day i on, schedule[1] before.
  RETURN QUERY
    SELECT 'phase:' || s.stage || COALESCE('@' || s.day, ''), (sum(s.amount) * sign)::bigint
      FROM (SELECT NULL::integer AS day, a."phase_stages"[NULLIF(a."phase_schedule"[1], 0)] AS stage, 1::bigint AS amount
            UNION ALL
            SELECT c.day, a."phase_stages"[NULLIF(a."phase_schedule"[c.i], 0)], -1 FROM unnest(a."phase_changes") WITH ORDINALITY AS c(day, i)
            UNION ALL
            SELECT c.day, a."phase_stages"[NULLIF(a."phase_schedule"[c.i + 1], 0)], 1 FROM unnest(a."phase_changes") WITH ORDINALITY AS c(day, i)) s
     WHERE s.stage IS NOT NULL
     GROUP BY s.stage, s.day HAVING sum(s.amount) <> 0;
END $$;

-- The trigger fires on the rollout columns too.
DROP TRIGGER "assessments_tally_changed" ON "assessments";
CREATE TRIGGER "assessments_tally_changed" AFTER UPDATE ON "assessments"
  FOR EACH ROW WHEN (OLD."verdict" IS DISTINCT FROM NEW."verdict" OR OLD."blocker_rules" IS DISTINCT FROM NEW."blocker_rules"
    OR OLD."evaluated_with" IS DISTINCT FROM NEW."evaluated_with" OR OLD."project_active" IS DISTINCT FROM NEW."project_active"
    OR OLD."organization_id" IS DISTINCT FROM NEW."organization_id"
    OR OLD."monthly_hours_saved" IS DISTINCT FROM NEW."monthly_hours_saved" OR OLD."monthly_net" IS DISTINCT FROM NEW."monthly_net"
    OR OLD."roi_currency" IS DISTINCT FROM NEW."roi_currency"
    OR OLD."phase_stages" IS DISTINCT FROM NEW."phase_stages" OR OLD."phase_changes" IS DISTINCT FROM NEW."phase_changes"
    OR OLD."phase_schedule" IS DISTINCT FROM NEW."phase_schedule")
  EXECUTE FUNCTION "preflight_assessments_tally"();

-- The drafts' phases so far.
INSERT INTO "portfolio_tally" ("organization_id", "key", "amount")
SELECT a."organization_id", x."key", sum(x."amount")
  FROM "assessments" a, LATERAL "preflight_assessment_tally"(a, 1) x
 WHERE x."key" LIKE 'phase:%'
 GROUP BY a."organization_id", x."key" HAVING sum(x."amount") <> 0;

-- Issue #17: the portfolio's value headline from the same ledger as its other figures
-- (migration 20261206100000_portfolio_tally). An active project whose draft is ready and
-- has ROI figures adds, in hundredths like `snap-index`: its hours saved a month
-- (`roi-hours`, with `roi-n`) and its net value a month under its currency
-- (`roi-net:EUR`, with `roi-net-n:EUR`; `roi-net:` when the plan names none). Amounts in
-- different currencies are never added together: the reader shows one total per currency.

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
END $$;

-- The trigger fires on the new columns too.
DROP TRIGGER "assessments_tally_changed" ON "assessments";
CREATE TRIGGER "assessments_tally_changed" AFTER UPDATE ON "assessments"
  FOR EACH ROW WHEN (OLD."verdict" IS DISTINCT FROM NEW."verdict" OR OLD."blocker_rules" IS DISTINCT FROM NEW."blocker_rules"
    OR OLD."evaluated_with" IS DISTINCT FROM NEW."evaluated_with" OR OLD."project_active" IS DISTINCT FROM NEW."project_active"
    OR OLD."organization_id" IS DISTINCT FROM NEW."organization_id"
    OR OLD."monthly_hours_saved" IS DISTINCT FROM NEW."monthly_hours_saved" OR OLD."monthly_net" IS DISTINCT FROM NEW."monthly_net"
    OR OLD."roi_currency" IS DISTINCT FROM NEW."roi_currency")
  EXECUTE FUNCTION "preflight_assessments_tally"();


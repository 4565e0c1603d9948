/** Wording of the ROI section (seed 003 "Automation ROI"): build it because it pays off. */
import type { Roi } from "../../schema/assessment-v2";
import type { FieldText } from "../fields";
import type { PlanSectionText } from "../plan-section-text";

const FIELDS: Readonly<Record<keyof Required<Roi>, FieldText>> = {
  runsPerMonth: { label: "Runs per month", help: "How often the workflow runs in a typical month." },
  minutesSavedPerRun: { label: "Minutes saved per run", help: "The people time one run saves, compared with doing it by hand today." },
  hourlyCost: { label: "Hourly cost", help: "The loaded cost of an hour of the people doing the work today." },
  buildCost: { label: "Build cost", help: "What building and launching the integration costs, once." },
  monthlyRunCost: { label: "Monthly running cost", help: "Licences, AI usage, hosting and upkeep per month." },
  currency: { label: "Currency", help: "The three-letter code of the amounts, e.g. USD or EUR." },
};

export const ROI_TEXT: PlanSectionText = {
  key: "roi",
  title: "Automation ROI",
  why: "Being possible is not a reason to automate. Turning saved hours into money and setting it against what the integration costs to build and run shows whether it deserves its priority.",
  goodAnswer:
    "Realistic run counts and minutes saved, a loaded hourly cost, and honest build and running costs that leave a positive monthly net and pay the build back within a year.",
  shape: "form",
  source: "003 §Automation ROI",
  fields: FIELDS,
};

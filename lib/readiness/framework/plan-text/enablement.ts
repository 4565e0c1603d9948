/** Wording of the enablement section (seed 001 §9–10): people ready, and reviews after go-live. */
import type { REVIEW_CADENCES } from "../../enums";
import type { Enablement } from "../../schema/assessment-v2";
import type { FieldText } from "../fields";
import type { PlanSectionText } from "../plan-section-text";

export const REVIEW_CADENCE_LABELS: Readonly<Record<(typeof REVIEW_CADENCES)[number], string>> = {
  weekly: "Weekly",
  biweekly: "Every two weeks",
  monthly: "Monthly",
  none: "No reviews",
};

/** Typed against the schema, so a new enablement field without wording fails type checking. */
export const ENABLEMENT_FIELD_TEXT: Readonly<Record<keyof Required<Enablement>, FieldText>> = {
  sopsUpdated: { label: "SOPs and escalation guides updated", help: "The written procedures describe the new workflow, not the old one." },
  frontlineTrained: { label: "Frontline users trained", help: "The people who work the workflow every day have practised it." },
  leadsTrainedOnFailures: {
    label: "Leads trained on failure handling",
    help: "Team leads know what to do when a sync fails or the AI gets it wrong.",
  },
  incidentOwnersPublished: {
    label: "Incident owners published",
    help: "Everyone can find who owns an incident with the integration.",
  },
  stabilizationReviews: {
    label: "Stabilization review cadence",
    help: "How often defects, exceptions, frontline friction and KPI trends are reviewed after go-live.",
  },
  stabilizationDays: {
    label: "Stabilization period (days)",
    help: "How long the fixed review cadence runs after go-live; 30 to 60 days is usual.",
  },
};

export const ENABLEMENT_TEXT: PlanSectionText = {
  key: "enablement",
  title: "Enablement and stabilization",
  why: "An integration changes how people work. If procedures, training and incident ownership lag behind, adoption fails however good the build is — and the first weeks after go-live decide whether the value appears.",
  goodAnswer:
    "Procedures rewritten, frontline users and leads trained (leads on failure handling too), incident owners published, and a weekly review of defects, friction and KPI trends for at least the first 30 days.",
  shape: "form",
  source: "001 §9 Prepare Support, Training, and Change Enablement; 001 §10 Run Post-Go-Live Stabilization Reviews",
  fields: ENABLEMENT_FIELD_TEXT,
};

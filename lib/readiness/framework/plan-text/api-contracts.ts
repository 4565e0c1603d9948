/** Wording of plan.apiContracts: each connected API under change control (seed 004). */
import type { ApiContractRow } from "../../schema/assessment-v2";
import type { FieldText } from "../fields";
import type { PlanSectionText } from "../plan-section-text";

export const API_CONTRACT_FIELDS: Readonly<Record<keyof Required<ApiContractRow>, FieldText>> = {
  system: { label: "System", help: "The system whose API the integration calls." },
  apiVersion: { label: "API version", help: "The version the integration is built and tested against." },
  rateLimit: { label: "Rate limit", help: "How many calls the API allows, per what, and what happens past the limit." },
  retryPolicy: {
    label: "Retry policy",
    help: "Which failures are retried, how often, how far apart, and how a retry avoids a double effect.",
  },
  versioningRule: {
    label: "Versioning rule",
    help: "How the version is pinned and how an upgrade is tested before it reaches production.",
  },
  authLifecycle: { label: "Authentication lifecycle", help: "How credentials are issued, renewed, rotated and revoked." },
  changeWatch: {
    label: "Change watch",
    help: "How the team hears about vendor changes before they break anything: a changelog feed, a deprecation mailing list.",
  },
};

export const API_CONTRACTS_TEXT: PlanSectionText = {
  key: "apiContracts",
  title: "API contracts",
  why: "Much integration downtime starts with a vendor renaming an allowed value or adding a required field, found out only when production calls fail. A written contract per API turns those changes into planned work.",
  goodAnswer:
    "One row per API the integration writes to or depends on, with the version in use, its rate limits, the retry behaviour, the rule for moving to a new version, how credentials live and die, and who watches for changes.",
  shape: "rows",
  source: "004 §Put API contracts under change control",
  fields: API_CONTRACT_FIELDS,
};

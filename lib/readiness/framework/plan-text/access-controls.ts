/** Wording of the access-controls section (seed 001 §6): security designed in, not retrofitted. */
import type { AccessControls } from "../../schema/assessment-v2";
import type { FieldText } from "../fields";
import type { PlanSectionText } from "../plan-section-text";

/** Typed against the schema, so a new access-control field without wording fails type checking. */
export const ACCESS_CONTROL_FIELD_TEXT: Readonly<Record<keyof Required<AccessControls>, FieldText>> = {
  leastPrivilegeAccounts: {
    label: "Least-privilege service accounts",
    help: "The integration runs under accounts that can touch only the objects and actions it needs.",
  },
  credentialsPerEnvironment: {
    label: "Credentials per environment",
    help: "Sandbox, staging and production each have their own credentials, so a test can never write to production.",
  },
  fieldMasking: {
    label: "Field-level masking",
    help: "Sensitive fields are masked or left out for people and systems that do not need them.",
  },
  accessAudit: {
    label: "Access and change audit",
    help: "Who read or changed what, through the integration, can be looked up afterwards.",
  },
  secretRotation: {
    label: "Secret rotation",
    help: "Keys and tokens are stored in a secret manager and rotated on a schedule, with an owner.",
  },
};

export const ACCESS_CONTROLS_TEXT: PlanSectionText = {
  key: "accessControls",
  title: "Access controls",
  why: "An integration crosses role, client and data boundaries on every run. Adding controls after launch means reissuing credentials and reworking flows while people depend on them.",
  goodAnswer:
    "All five controls are in place before launch: narrow service accounts, separate credentials for each environment, masking of fields not everyone may see, an audit trail of access and changes, and a rotation policy for secrets.",
  shape: "form",
  source: "001 §6 Build Security and Access Controls Into the Design",
  fields: ACCESS_CONTROL_FIELD_TEXT,
};

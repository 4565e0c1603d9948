/** Wording of the access-controls section (seed 001 §6): security designed in, not retrofitted. */
import type { AccessControls } from "../../schema/assessment-v2";
import type { FieldText } from "../fields";

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

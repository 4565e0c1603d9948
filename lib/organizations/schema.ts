import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { formRowId, formText } from "@/lib/forms/text-field";
import { PAPER_SIZES } from "@/lib/reports/paper";
import { DATE_FORMATS } from "@/lib/utils/format-date";
import { ACCENT_COLOR_ERROR, ACCENT_COLOR_PATTERN } from "./accent-color";

const id = formRowId();
const role = z.enum(ROLES, { error: "Choose owner, editor or viewer." });

export const createInvitationSchema = z.object({ role }).strict();
export const revokeInvitationSchema = z.object({ invitationId: id }).strict();
export const changeRoleSchema = z.object({ membershipId: id, role }).strict();
export const removeMemberSchema = z.object({ membershipId: id }).strict();
export const createOrganizationSchema = z
  .object({
    name: formText({ error: "Enter a name." })
      .trim()
      .min(2, { error: "Use at least 2 characters." })
      .max(120, { error: "Use at most 120 characters." }),
  })
  .strict();
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);

export const brandingSchema = z
  .object({
    name: formText({ error: "Enter a name." })
      .trim()
      .min(2, { error: "Use at least 2 characters." })
      .max(120, { error: "Use at most 120 characters." }),
    accentColor: formText().trim().regex(ACCENT_COLOR_PATTERN, { error: ACCENT_COLOR_ERROR }),
    paperSize: z.enum(PAPER_SIZES, { error: "Choose A4 or US Letter." }),
    dateFormat: z.enum(DATE_FORMATS, { error: "Choose one of the date formats." }),
  })
  .strict();

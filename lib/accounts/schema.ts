import { z } from "zod";
import { formText } from "@/lib/forms/text-field";
import { invitationTokenSchema } from "@/lib/organizations/schema";

export const emailField = formText({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(3, { error: "Enter your email address." })
  .max(254, { error: "That email address is too long." })
  .pipe(z.email({ error: "Enter a valid email address, like name@company.com." }));

export const newPasswordField = formText({ error: "Choose a password." })
  .min(12, { error: "Use at least 12 characters." })
  .max(200, { error: "Use at most 200 characters." });

export const signUpSchema = z
  .object({
    name: formText({ error: "Enter your name." })
      .trim()
      .min(1, { error: "Enter your name." })
      .max(120, { error: "Use at most 120 characters." }),
    email: emailField,
    password: newPasswordField,
    organizationName: formText()
      .trim()
      .max(120, { error: "Use at most 120 characters." })
      .optional()
      .transform((v) => (v ? v : undefined)),
    /** Signing up from an invitation: the account joins that organization instead of getting one of its own. */
    invitation: formText()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(invitationTokenSchema.optional()),
  })
  .strict();
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z
  .object({
    email: emailField,
    password: z.string({ error: "Enter your password." }).min(1, { error: "Enter your password." }).max(200),
  })
  .strict();

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, { error: "Enter your current password." }).max(200),
    newPassword: newPasswordField,
    confirmPassword: z.string().max(200),
  })
  .strict()
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], error: "The two new passwords differ." });

/** What a password change answers: the email to sign this browser in again with, since the change ended its session too. */
export interface PasswordChanged {
  email: string;
}

/** "Sign out everywhere" sends no fields: the account is always the caller's own. */
export const signOutEverywhereSchema = z.object({}).strict();

/**
 * The accent colour's rule, shared by the server's schema (`brandingSchema`) and the
 * branding form, which checks it on every keystroke. Pure and without zod: the settings
 * page would otherwise ship zod and the text checks of `formText` to the browser for one regex.
 */
export const ACCENT_COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
export const ACCENT_COLOR_ERROR = "Use a colour like #1d4ed8.";

/** The error the server would give for this value's shape, or null when it is a colour. */
export function accentColorError(value: string): string | null {
  return ACCENT_COLOR_PATTERN.test(value.trim()) ? null : ACCENT_COLOR_ERROR;
}

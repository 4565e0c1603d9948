/**
 * The business object as one line of text, the way the grid shows and takes it: a built-in
 * object by its label ("Contact"), a custom one by its own name ("Lead score"). What is typed
 * is read as a built-in object when it names one (label or key, loosely), and as a custom
 * object otherwise, so every keystroke leaves a valid value. Pure and zod-free.
 */
import { CUSTOM_OBJECT_PREFIX, ENUM_LABELS, OBJECTS } from "@/lib/readiness/client";
import { normalizeName } from "./cell-values";

const LABELS: Readonly<Record<string, string>> = ENUM_LABELS.objects;
const BY_NAME = new Map<string, string>();
for (const key of OBJECTS) {
  BY_NAME.set(normalizeName(key), key);
  BY_NAME.set(normalizeName(LABELS[key] ?? key), key);
}

/** The built-in objects' labels, for the cell's suggestions. */
export const OBJECT_SUGGESTIONS: readonly string[] = OBJECTS.map((key) => LABELS[key] ?? key);

export function objectText(stored: unknown): string {
  if (typeof stored !== "string") return "";
  if (stored.startsWith(CUSTOM_OBJECT_PREFIX)) return stored.slice(CUSTOM_OBJECT_PREFIX.length);
  return LABELS[stored] ?? stored;
}

/** undefined for a blank cell; `custom:` kept when typed ("custom:contact" is a custom object). */
export function objectFromText(typed: string): string | undefined {
  const text = typed.trim();
  if (text === "") return undefined;
  if (text.toLowerCase().startsWith(CUSTOM_OBJECT_PREFIX)) return `${CUSTOM_OBJECT_PREFIX}${text.slice(CUSTOM_OBJECT_PREFIX.length)}`;
  return BY_NAME.get(normalizeName(text)) ?? `${CUSTOM_OBJECT_PREFIX}${text}`;
}

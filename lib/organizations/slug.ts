/**
 * URL slug from a name (an organization's, or a project's for a file name): lower-case ASCII
 * words joined by dashes; `fallback` when nothing of the name is left.
 */
// Letters that Unicode does not decompose into a base letter plus an accent.
const TRANSLITERATE: Record<string, string> = { ł: "l", ø: "o", đ: "d", ð: "d", ß: "ss", æ: "ae", œ: "oe", þ: "th", ı: "i" };

export function slugify(name: string, fallback = "org"): string {
  const base = name
    .toLowerCase()
    .replace(/[łøđðßæœþı]/g, (letter) => TRANSLITERATE[letter] ?? letter)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return base || fallback;
}

export const RESERVED_SLUGS = new Set(["new", "api", "settings", "admin"]);

/** What a slug can look like (see `slugify`); anything else names no organization. */
export function isSlugShaped(value: unknown): value is string {
  return typeof value === "string" && /^[a-z0-9-]{1,100}$/.test(value);
}

/**
 * Fonts embedded in every report. Helvetica (react-pdf's default) has no Greek, Cyrillic,
 * Polish or CJK glyphs, so names like "Łódź" or "東京" would print as garbage. Noto Sans
 * (Latin with accents, Greek, Cyrillic) comes first in the font stack and Noto Sans SC
 * (Chinese and Japanese kanji and kana) after it: react-pdf picks, per character, the
 * first font that has the glyph, and embeds only the glyphs used.
 *
 * Both packages ship plain TrueType files that fontkit reads directly (the @fontsource
 * packages only ship WOFF2 slices of a font per Unicode range).
 */
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Font } from "@react-pdf/renderer";

export const FONT_LATIN = "Preflight Noto Sans";
export const FONT_CJK = "Preflight Noto Sans SC";
/** The stack every style uses: Latin/Greek/Cyrillic first, CJK as the fallback. */
export const FONT_STACK: string[] = [FONT_LATIN, FONT_CJK];

const LATIN_FILES = [
  { file: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf", fontWeight: 400, fontStyle: "normal" },
  { file: "@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf", fontWeight: 600, fontStyle: "normal" },
  { file: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf", fontWeight: 700, fontStyle: "normal" },
] as const;

// Two weights are enough for CJK (600 resolves to 700). The report uses no italic: CJK
// has none, and react-pdf fails on a style one font of the stack cannot resolve.
const CJK_FILES = [
  { file: "@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf", fontWeight: 400, fontStyle: "normal" },
  { file: "@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf", fontWeight: 700, fontStyle: "normal" },
] as const;

/**
 * Absolute path of a file inside an installed package. Resolved from the project root
 * first: the report code is bundled by Next, where a require anchored at the bundle's
 * own location (or rewritten by the bundler) would not find node_modules.
 */
function resolvePackageFile(specifier: string): string {
  const anchors = [path.join(process.cwd(), "package.json"), fileURLToPath(import.meta.url)];
  for (const anchor of anchors) {
    try {
      return createRequire(anchor).resolve(specifier);
    } catch {
      // Try the next anchor.
    }
  }
  throw new Error(`Report font not found: ${specifier} (is the font package installed?)`);
}

const CJK_CHAR = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;
const LONG_WORD = 14;
/** Longer than any column is wide: an id, a URL, a hash. */
const UNBREAKABLE = 30;
const CHUNK = 8;
/**
 * An empty part: textkit turns it into zero-width glue, a place to break a line without
 * adding a hyphen (a non-empty part boundary is a hyphenation point and gets one).
 */
const BREAK = "";

/**
 * Break points inside a long part: hyphenation points (a break there is penalised and
 * hyphenated, so spaces win) for a long word, plain breaks for a token like an id or URL
 * that no column could hold.
 */
function chunk(part: string): string[] {
  if (part.length <= LONG_WORD) return [part];
  const pieces: string[] = [];
  for (let i = 0; i < part.length; i += CHUNK) {
    if (i > 0 && part.length > UNBREAKABLE) pieces.push(BREAK);
    pieces.push(part.slice(i, i + CHUNK));
  }
  return pieces;
}

/**
 * Where a word may break at a line end. textkit splits text at spaces only, so a CJK
 * sentence or a long URL is one "word" that would overflow its column: CJK text may break
 * between any two characters without a hyphen; long words at the built-in (English)
 * hyphenation points, then every few characters (see `chunk`). Ordinary words
 * are left whole, which keeps names unhyphenated and layout fast. The parts always join
 * back to the word.
 */
export function breakOpportunities(word: string, builtin?: (word: string) => string[]): string[] {
  if (CJK_CHAR.test(word)) {
    const parts: string[] = [];
    let latin = "";
    for (const char of word) {
      if (!CJK_CHAR.test(char)) {
        latin += char;
        continue;
      }
      if (latin) parts.push(...chunk(latin), BREAK);
      latin = "";
      parts.push(char, BREAK);
    }
    if (latin) parts.push(...chunk(latin));
    else parts.pop();
    return parts;
  }
  if (word.length <= LONG_WORD) return [word];
  const syllables = builtin ? builtin(word) : [word];
  return syllables.flatMap(chunk);
}

/**
 * The file of one face of the stack, for text the report draws itself (drawn-text.ts). A
 * weight the CJK family lacks resolves as react-pdf resolves it: 600 to 700.
 */
export function reportFontFile(family: "latin" | "cjk", fontWeight: 400 | 600 | 700): string {
  const files: readonly { file: string; fontWeight: number }[] = family === "latin" ? LATIN_FILES : CJK_FILES;
  const face = files.find((f) => f.fontWeight === fontWeight) ?? files.find((f) => f.fontWeight > fontWeight) ?? files[0]!;
  return resolvePackageFile(face.file);
}

/** The regular Latin face's file, e.g. to reach fontkit's classes (fontkit-caches.ts). */
export function latinRegularFile(): string {
  return resolvePackageFile(LATIN_FILES[0].file);
}

let registered = false;

/** Registers the report fonts with react-pdf once per process (fonts load lazily, once). */
export function registerReportFonts(): void {
  if (registered) return;
  Font.register({
    family: FONT_LATIN,
    fonts: LATIN_FILES.map(({ file, fontWeight, fontStyle }) => ({ src: resolvePackageFile(file), fontWeight, fontStyle })),
  });
  Font.register({
    family: FONT_CJK,
    fonts: CJK_FILES.map(({ file, fontWeight, fontStyle }) => ({ src: resolvePackageFile(file), fontWeight, fontStyle })),
  });
  Font.registerHyphenationCallback(breakOpportunities);
  registered = true;
}

/**
 * How well a text matches what someone typed in the command palette: lower is better, null
 * is no match. Case and accents are ignored ("emile" finds "Émile"). Pure and tiny, so the
 * palette ranks the framework's questions in the browser and the server ranks rule titles
 * the same way.
 */
export type MatchRank = 0 | 1 | 2 | 3;

export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("en").trim();
}

/** 0 the whole text, 1 its start, 2 the start of a word, 3 anywhere; null when absent. */
export function matchRank(text: string, typed: string): MatchRank | null {
  const haystack = foldText(text);
  const needle = foldText(typed);
  if (needle === "") return null;
  if (haystack === needle) return 0;
  if (haystack.startsWith(needle)) return 1;
  const at = haystack.indexOf(needle);
  if (at === -1) return null;
  return /[^\p{L}\p{N}]/u.test(haystack[at - 1] ?? "") ? 2 : 3;
}

/** The best rank among several texts of one item (its title, its number, its short name). */
export function bestRank(texts: readonly string[], typed: string): MatchRank | null {
  let best: MatchRank | null = null;
  for (const text of texts) {
    const rank = matchRank(text, typed);
    if (rank !== null && (best === null || rank < best)) best = rank;
  }
  return best;
}

/** The items that match, best first; equal ranks keep their given order. At most `limit`. */
export function rankItems<T>(items: readonly T[], textsOf: (item: T) => readonly string[], typed: string, limit: number): T[] {
  return items
    .map((item, index) => ({ item, index, rank: bestRank(textsOf(item), typed) }))
    .filter((entry): entry is { item: T; index: number; rank: MatchRank } => entry.rank !== null)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.item);
}

/**
 * The palette's listbox contents: the groups in their fixed order, each hit with the DOM id
 * the combobox points at (aria-activedescendant). Pure.
 */
import { GROUP_LABELS, SEARCH_GROUPS, type SearchGroup, type SearchHit } from "@/lib/search/types";

export interface PaletteOption extends SearchHit {
  group: SearchGroup;
  domId: string;
}

export interface PaletteGroup {
  key: SearchGroup;
  label: string;
  options: PaletteOption[];
}

export function paletteGroups(prefix: string, hits: Partial<Record<SearchGroup, SearchHit[]>>): PaletteGroup[] {
  return SEARCH_GROUPS.flatMap((key) => {
    const list = hits[key] ?? [];
    if (list.length === 0) return [];
    const options = list.map((hit) => ({ ...hit, group: key, domId: `${prefix}-${key}-${hit.id}` }));
    return [{ key, label: GROUP_LABELS[key], options }];
  });
}

/** The option `step` places away from `current` (wrapping), or the first when nothing is active yet. */
export function moveActive(options: readonly PaletteOption[], current: string | null, step: number): string | null {
  if (options.length === 0) return null;
  const at = options.findIndex((option) => option.domId === current);
  if (at === -1) return options[step > 0 ? 0 : options.length - 1]!.domId;
  return options[(at + step + options.length) % options.length]!.domId;
}

/**
 * Narrowing the mapping sheet to one business object or one system (on either side), and the
 * choices a filter offers: only what the sheet holds. Pure and zod-free (the grid runs it in
 * the browser on every edit of a 1,000-row sheet).
 */
import type { FieldMappingRow } from "@/lib/readiness/client";

export interface MappingFilter {
  /** A business object key (`contact`, `custom:Lead score`); undefined: every object. */
  object?: string;
  /** A system key matched against the source and the target; undefined: every system. */
  system?: string;
}

type LooseRow = Partial<Record<keyof FieldMappingRow, unknown>>;

export function isFiltering(filter: MappingFilter): boolean {
  return filter.object !== undefined || filter.system !== undefined;
}

export function rowMatches(row: LooseRow, filter: MappingFilter): boolean {
  if (filter.object !== undefined && row.object !== filter.object) return false;
  if (filter.system !== undefined && row.sourceSystem !== filter.system && row.targetSystem !== filter.system) return false;
  return true;
}

/** The document indices of the rows the filter keeps, in order. */
export function filteredIndices(rows: readonly LooseRow[], filter: MappingFilter): number[] {
  const kept: number[] = [];
  rows.forEach((row, index) => {
    if (rowMatches(row, filter)) kept.push(index);
  });
  return kept;
}

export interface FilterChoices {
  objects: string[];
  systems: string[];
}

/** The objects and systems the sheet names, in order of first appearance. */
export function filterChoices(rows: readonly LooseRow[]): FilterChoices {
  const objects = new Set<string>();
  const systems = new Set<string>();
  for (const row of rows) {
    if (typeof row.object === "string" && row.object !== "") objects.add(row.object);
    for (const system of [row.sourceSystem, row.targetSystem]) if (typeof system === "string" && system !== "") systems.add(system);
  }
  return { objects: [...objects], systems: [...systems] };
}

/** What a row added while the sheet is filtered starts with, so that it shows under the filter. */
export function rowForFilter(filter: MappingFilter): LooseRow {
  const row: LooseRow = {};
  if (filter.object !== undefined) row.object = filter.object;
  if (filter.system !== undefined) row.sourceSystem = filter.system;
  return row;
}

/**
 * A problem found in a pasted or imported sheet, where the person sees it: the row number
 * as their spreadsheet shows it and the column's header. Pure.
 */
export interface SheetProblem {
  /** 1-based, counting the header row and blank rows (as the spreadsheet numbers them); 0 for the whole sheet. */
  row: number;
  /** The column's header label, `Column F` for a cell outside the known columns, "" for the whole row or sheet. */
  column: string;
  message: string;
}

/** The longest list a person is shown: past it, fixing the first ones is the useful next step. */
export const MAX_PROBLEMS = 100;

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

export function wholeSheet(message: string): SheetProblem {
  return { row: 0, column: "", message };
}

/** The first `MAX_PROBLEMS` problems and, when there were more, one line counting the rest. */
export function capProblems(problems: readonly SheetProblem[]): SheetProblem[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  const more = problems.length - MAX_PROBLEMS;
  return [...problems.slice(0, MAX_PROBLEMS), wholeSheet(`and ${more} more ${more === 1 ? "problem" : "problems"}: fix these first`)];
}

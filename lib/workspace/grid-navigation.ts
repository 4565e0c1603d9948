/**
 * Where the keyboard goes in a spreadsheet-like grid of inputs, as in Excel and Google Sheets:
 * arrows up and down and Enter move between rows; left and right move between cells once the
 * caret has reached the edge of the text, so they still move the caret inside a cell. Pure:
 * positions are in the rows as shown (a filtered grid maps them to document rows).
 */

export interface GridPosition {
  /** The row's position among the rows shown. */
  row: number;
  column: number;
}

export interface GridKeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** For text cells: whether the caret sits at the start / end with nothing selected; list cells pass true for both. */
  caretAtStart: boolean;
  caretAtEnd: boolean;
}

export interface GridSize {
  rows: number;
  columns: number;
}

function clampedMove(at: GridPosition, size: GridSize, rows: number, columns: number): GridPosition | null {
  const row = at.row + rows;
  const column = at.column + columns;
  if (row < 0 || row >= size.rows || column < 0 || column >= size.columns) return null;
  return { row, column };
}

/**
 * The cell a key press moves to, or null when the key belongs to the cell (typing, moving
 * the caret, selecting text, opening a list with Alt+↓) or the grid ends there.
 */
export function nextGridPosition(at: GridPosition, press: GridKeyPress, size: GridSize): GridPosition | null {
  if (press.altKey || press.metaKey) return null;
  const command = press.ctrlKey;
  switch (press.key) {
    case "ArrowUp":
      return command ? (at.row === 0 ? null : { row: 0, column: at.column }) : clampedMove(at, size, -1, 0);
    case "ArrowDown":
      return command ? (at.row === size.rows - 1 ? null : { row: size.rows - 1, column: at.column }) : clampedMove(at, size, 1, 0);
    case "Enter":
      return press.ctrlKey ? null : clampedMove(at, size, press.shiftKey ? -1 : 1, 0);
    case "ArrowLeft":
      // Shift+arrow selects text; an arrow inside the text moves the caret.
      return press.shiftKey || command || !press.caretAtStart ? null : clampedMove(at, size, 0, -1);
    case "ArrowRight":
      return press.shiftKey || command || !press.caretAtEnd ? null : clampedMove(at, size, 0, 1);
    default:
      return null;
  }
}

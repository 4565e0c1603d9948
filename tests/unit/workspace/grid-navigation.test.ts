import { describe, expect, it } from "vitest";
import { nextGridPosition, type GridKeyPress } from "@/lib/workspace/grid-navigation";

const size = { rows: 10, columns: 11 };
const press = (key: string, more: Partial<GridKeyPress> = {}): GridKeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  caretAtStart: true,
  caretAtEnd: true,
  ...more,
});

describe("moving around the mapping grid by keyboard", () => {
  it("moves up and down with the arrows and Enter, Shift+Enter going up", () => {
    const at = { row: 4, column: 2 };
    expect(nextGridPosition(at, press("ArrowDown"), size)).toEqual({ row: 5, column: 2 });
    expect(nextGridPosition(at, press("ArrowUp"), size)).toEqual({ row: 3, column: 2 });
    expect(nextGridPosition(at, press("Enter"), size)).toEqual({ row: 5, column: 2 });
    expect(nextGridPosition(at, press("Enter", { shiftKey: true }), size)).toEqual({ row: 3, column: 2 });
  });

  it("moves left and right only once the caret is at the edge of the text", () => {
    const at = { row: 1, column: 3 };
    expect(nextGridPosition(at, press("ArrowRight", { caretAtEnd: false }), size)).toBeNull();
    expect(nextGridPosition(at, press("ArrowRight"), size)).toEqual({ row: 1, column: 4 });
    expect(nextGridPosition(at, press("ArrowLeft", { caretAtStart: false }), size)).toBeNull();
    expect(nextGridPosition(at, press("ArrowLeft"), size)).toEqual({ row: 1, column: 2 });
  });

  it("leaves Shift+arrows to select text and Alt+↓ to open a list", () => {
    const at = { row: 1, column: 3 };
    expect(nextGridPosition(at, press("ArrowLeft", { shiftKey: true }), size)).toBeNull();
    expect(nextGridPosition(at, press("ArrowDown", { altKey: true }), size)).toBeNull();
    expect(nextGridPosition(at, press("a"), size)).toBeNull();
    expect(nextGridPosition(at, press("Tab"), size)).toBeNull();
  });

  it("stops at the grid's edges instead of wrapping", () => {
    expect(nextGridPosition({ row: 0, column: 0 }, press("ArrowUp"), size)).toBeNull();
    expect(nextGridPosition({ row: 0, column: 0 }, press("ArrowLeft"), size)).toBeNull();
    expect(nextGridPosition({ row: 9, column: 10 }, press("ArrowDown"), size)).toBeNull();
    expect(nextGridPosition({ row: 9, column: 10 }, press("Enter"), size)).toBeNull();
    expect(nextGridPosition({ row: 9, column: 10 }, press("ArrowRight"), size)).toBeNull();
  });

  it("jumps to the first and last row with Ctrl+↑ and Ctrl+↓", () => {
    expect(nextGridPosition({ row: 4, column: 1 }, press("ArrowDown", { ctrlKey: true }), size)).toEqual({ row: 9, column: 1 });
    expect(nextGridPosition({ row: 4, column: 1 }, press("ArrowUp", { ctrlKey: true }), size)).toEqual({ row: 0, column: 1 });
    expect(nextGridPosition({ row: 0, column: 1 }, press("ArrowUp", { ctrlKey: true }), size)).toBeNull();
  });
});

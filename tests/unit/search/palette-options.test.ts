import { describe, expect, it } from "vitest";
import { moveActive, paletteGroups } from "@/components/search/palette-options";

const hit = (id: string) => ({ id, label: id, href: `/${id}` });

describe("the palette's listbox", () => {
  it("lists groups in a fixed order, leaves out empty ones and gives each option a stable id", () => {
    const groups = paletteGroups("p", { members: [hit("m1")], projects: [hit("a"), hit("b")], findings: [] });
    expect(groups.map((group) => [group.label, group.options.map((option) => option.domId)])).toEqual([
      ["Projects", ["p-projects-a", "p-projects-b"]],
      ["Members", ["p-members-m1"]],
    ]);
  });

  it("moves the active option with wrap-around, starting at either end", () => {
    const options = paletteGroups("p", { projects: [hit("a"), hit("b")], questions: [hit("q")] }).flatMap((group) => group.options);
    expect(moveActive(options, null, 1)).toBe("p-projects-a");
    expect(moveActive(options, null, -1)).toBe("p-questions-q");
    expect(moveActive(options, "p-projects-b", 1)).toBe("p-questions-q");
    expect(moveActive(options, "p-questions-q", 1)).toBe("p-projects-a");
    expect(moveActive(options, "p-projects-a", -1)).toBe("p-questions-q");
    expect(moveActive([], null, 1)).toBeNull();
  });
});

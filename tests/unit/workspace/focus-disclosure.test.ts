import { afterEach, expect, it, vi } from "vitest";
import { registerDisclosure, revealElement } from "@/components/workspace/focus";

// focus.ts reads the page through document.getElementById only; a map stands in for the DOM.
const page = new Map<string, HTMLElement>();
vi.stubGlobal("document", { getElementById: (id: string) => page.get(id) ?? null });
const element = () => ({}) as HTMLElement;

afterEach(() => page.clear());

it("a field behind a closed disclosure is reached by opening it; other ids are left alone", () => {
  const open = vi.fn(() => page.set("f-answers-actions-0-riskTier", element()));
  const stop = registerDisclosure(["f-answers-actions-0-riskTier"], open);
  expect(revealElement("f-answers-actions-1-riskTier")).toBeNull();
  expect(open).not.toHaveBeenCalled();
  expect(revealElement("f-answers-actions-0-riskTier")).not.toBeNull();
  expect(open).toHaveBeenCalledTimes(1);
  // Once open the field is found directly; unregistered, a missing field stays missing.
  expect(revealElement("f-answers-actions-0-riskTier")).not.toBeNull();
  expect(open).toHaveBeenCalledTimes(1);
  stop();
  page.clear();
  expect(revealElement("f-answers-actions-0-riskTier")).toBeNull();
});

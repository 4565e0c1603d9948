/**
 * Moving focus to the control behind a dotted path (a finding, a validation issue, a new
 * row). DOM-only; the choice of ids is pure and lives in paths.ts.
 */
import { focusCandidates } from "./paths";

/**
 * Long row lists render only the rows near the screen (windowed-rows.tsx). Each registers
 * how to bring a row into the page by its id prefix (`f-answers-actions-`), so a finding,
 * a deep link or a new row can reach a row that is scrolled out.
 */
const revealers = new Map<string, (index: number) => void>();

export function registerRowRevealer(idPrefix: string, reveal: (index: number) => void): () => void {
  revealers.set(idPrefix, reveal);
  return () => {
    if (revealers.get(idPrefix) === reveal) revealers.delete(idPrefix);
  };
}

/**
 * Fields kept behind a closed disclosure (an action's contract) register how to open it by
 * their ids, so a finding or an issue on one of them can still reach its control.
 */
const openers = new Map<string, () => void>();

export function registerDisclosure(ids: readonly string[], open: () => void): () => void {
  for (const id of ids) openers.set(id, open);
  return () => {
    for (const id of ids) if (openers.get(id) === open) openers.delete(id);
  };
}

function renderRowOf(id: string): HTMLElement | null {
  for (const [prefix, reveal] of revealers) {
    const index = id.startsWith(prefix) ? /^\d+(?=-|$)/.exec(id.slice(prefix.length)) : null;
    if (index === null) continue;
    reveal(Number(index[0]));
    return document.getElementById(id);
  }
  return null;
}

/**
 * The element with this id, rendering its row first when a windowed list holds it out of the
 * page, and opening the disclosure that holds it.
 */
export function revealElement(id: string): HTMLElement | null {
  const element = document.getElementById(id) ?? renderRowOf(id);
  if (element !== null) return element;
  const open = openers.get(id);
  if (open === undefined) return null;
  open();
  return document.getElementById(id);
}

const FOCUSABLE = "input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), a[href]";

/**
 * - Row and section containers carry tabIndex=-1 and take focus themselves.
 * - Controls take it directly.
 * - Option groups (fieldsets, and containers marked data-focus-checked such as an area's
 *   score) hand it to the checked option, so arrow keys change the answer at once.
 * - Anything else hands it to its first control (`inside` forces this, e.g. a new row).
 * - A viewer's disabled control hands it to the nearest container that can hold it.
 */
export function focusElement(element: HTMLElement, options: { inside?: boolean } = {}): boolean {
  if (!options.inside && (element.hasAttribute("tabindex") || element.matches(FOCUSABLE))) {
    element.focus();
    if (document.activeElement === element) return true;
  }
  const preferChecked = element.tagName === "FIELDSET" || element.hasAttribute("data-focus-checked");
  const checked = preferChecked ? element.querySelector<HTMLElement>("input:checked:not([disabled])") : null;
  const inner = checked ?? element.querySelector<HTMLElement>(FOCUSABLE);
  if (inner !== null) {
    inner.focus();
    return true;
  }
  const holder = element.parentElement?.closest<HTMLElement>("[tabindex='-1']") ?? null;
  if (holder !== null) {
    holder.focus();
    return true;
  }
  return false;
}

/** The attribute that outlines the field a finding or a to-do item led to, until focus leaves it. */
export const LED_TO = "data-led-to";

/**
 * Focuses the most specific element that exists for `path`. With `outline`, the field is
 * also marked (an outline that stays while the person reads it, not just a focus ring) and
 * scrolled to the middle of the screen, clear of the sticky status bar.
 */
export function focusPath(path: string, options: { outline?: boolean } = {}): boolean {
  for (const id of focusCandidates(path)) {
    const element = revealElement(id);
    if (element !== null && focusElement(element)) {
      if (options.outline) outlineTarget(element);
      return true;
    }
  }
  return false;
}

function outlineTarget(element: HTMLElement) {
  for (const previous of document.querySelectorAll(`[${LED_TO}]`)) previous.removeAttribute(LED_TO);
  element.setAttribute(LED_TO, "");
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : element;
  focused.scrollIntoView({ block: "center" });
  const clear = (event: FocusEvent) => {
    // Moving between the options of the same group keeps the mark.
    if (event.relatedTarget instanceof Node && element.contains(event.relatedTarget)) return;
    element.removeAttribute(LED_TO);
    element.removeEventListener("focusout", clear);
  };
  element.addEventListener("focusout", clear);
}

/** Frames to wait for a step switch to show the field: a slow render commits a frame or two late. */
const FOCUS_FRAMES = 12;

/**
 * Focuses `path` (outlined) once the step holding it is on screen: tries on each of the next
 * frames until its element exists, then, if it never does (a whole question has no control of
 * its own), runs `otherwise`.
 */
export function focusPathWhenShown(path: string, otherwise: () => void, frames = FOCUS_FRAMES): void {
  requestAnimationFrame(() => {
    if (focusPath(path, { outline: true })) return;
    if (frames > 1) focusPathWhenShown(path, otherwise, frames - 1);
    else otherwise();
  });
}

/** Runs after React has committed the current update (the step switch, the new row). */
export function afterRender(action: () => void): void {
  requestAnimationFrame(() => action());
}

"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from "react";
import { projectBaseOf, questionHits } from "@/lib/search/questions";
import { SEARCH_QUERY_MAX } from "@/lib/search/types";
import { cn } from "@/lib/utils/cn";
import { moveActive, paletteGroups, type PaletteOption } from "./palette-options";
import { useServerSearch } from "./use-server-search";

interface CommandPaletteProps {
  slug: string;
  organizationName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Focus goes back to whatever opened the palette (a button, or the page under ⌘K). */
  onCloseAutoFocus: (event: Event) => void;
}

/**
 * Search across the organization: a modal dialog holding a combobox and its listbox of
 * grouped hits (the WAI-ARIA combobox pattern: focus stays in the input, the arrows move
 * aria-activedescendant, Enter opens, Escape closes). Questions are matched here; projects,
 * findings and members come from the search route. Loaded on first use, not with the header.
 */
export default function CommandPalette({ slug, organizationName, open, onOpenChange, onCloseAutoFocus }: CommandPaletteProps) {
  const [typed, setTyped] = useState("");
  const [activeId, setActiveId] = useState<string | null>(null);
  const pathname = usePathname();
  const router = useRouter();
  const prefix = useId();
  const server = useServerSearch(slug, typed);
  const q = typed.trim();

  const groups = useMemo(() => {
    if (q === "" || q.length > SEARCH_QUERY_MAX) return [];
    const fromServer = server.results && server.q !== "" ? server.results : { projects: [], findings: [], members: [] };
    return paletteGroups(prefix, { ...fromServer, questions: questionHits(q, projectBaseOf(pathname)) });
  }, [q, server, prefix, pathname]);
  const options = useMemo(() => groups.flatMap((group) => group.options), [groups]);
  // None until the arrows pick one (the pattern's manual selection); it stays active while results refresh.
  const active = options.find((option) => option.domId === activeId) ?? null;

  useEffect(() => {
    if (active) document.getElementById(active.domId)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  const go = (option: PaletteOption) => {
    onOpenChange(false);
    const target = new URL(option.href, window.location.href);
    // Same page, new fragment (a step of the open workspace): set the hash so the page hears it.
    if (target.pathname === window.location.pathname && target.hash) window.location.hash = target.hash;
    else router.push(option.href);
  };

  // Home and End stay with the text field (they move the caret), as the combobox pattern allows.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActiveId(moveActive(options, active?.domId ?? null, event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter" && options.length > 0) {
      // Enter without choosing opens the best match.
      event.preventDefault();
      go(active ?? options[0]!);
    }
  };

  const searching = q !== "" && server.q !== q && q.length <= SEARCH_QUERY_MAX;
  const status =
    q === ""
      ? "Type part of a project, question, rule or member name."
      : q.length > SEARCH_QUERY_MAX
        ? `Search for at most ${SEARCH_QUERY_MAX} characters.`
        : server.failed && server.q === q
          ? "Search is not available right now. Questions are still listed."
          : options.length === 0
            ? searching
              ? "Searching…"
              : `Nothing found for “${q}”.`
            : `${options.length} result${options.length === 1 ? "" : "s"}${searching ? ", searching for more…" : ""}`;

  const listId = `${prefix}-list`;
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/50" />
        <Dialog.Content
          aria-describedby={`${prefix}-status`}
          onCloseAutoFocus={onCloseAutoFocus}
          className="fixed inset-x-0 top-0 z-50 flex max-h-[100dvh] w-full flex-col border-border bg-surface shadow-xl sm:top-[10vh] sm:left-1/2 sm:max-h-[80vh] sm:w-[min(92vw,38rem)] sm:-translate-x-1/2 sm:rounded-xl sm:border"
        >
          <Dialog.Title className="sr-only">Search {organizationName}</Dialog.Title>
          <div className="flex items-center gap-2 border-b border-border p-2">
            <label htmlFor={`${prefix}-input`} className="sr-only">
              Search projects, questions, findings and members
            </label>
            <input
              id={`${prefix}-input`}
              type="text"
              role="combobox"
              aria-expanded={options.length > 0}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={active?.domId}
              autoComplete="off"
              spellCheck={false}
              placeholder="Search projects, questions, findings, members…"
              value={typed}
              onChange={(event) => {
                setTyped(event.target.value);
                setActiveId(null);
              }}
              onKeyDown={onKeyDown}
              className="h-11 min-w-0 flex-1 rounded-md bg-transparent px-2 text-base text-fg placeholder:text-fg-muted focus:outline-none"
            />
            <Dialog.Close className="inline-flex h-10 shrink-0 items-center rounded-md border border-border px-3 text-sm hover:bg-surface-muted">
              Close<span className="sr-only"> search</span>
            </Dialog.Close>
          </div>
          <div
            id={listId}
            role="listbox"
            aria-label="Search results"
            aria-busy={searching}
            hidden={options.length === 0}
            className="min-h-0 flex-1 overflow-y-auto p-2"
          >
            {groups.map((group) => (
              <div key={group.key} role="group" aria-label={group.label} className="mb-2">
                <div aria-hidden className="px-2 py-1 text-xs font-semibold tracking-wide text-fg-muted uppercase">
                  {group.label}
                </div>
                {group.options.map((option) => (
                  <div
                    key={option.domId}
                    id={option.domId}
                    role="option"
                    aria-selected={option.domId === active?.domId}
                    // Keeps focus in the input, where the combobox pattern wants it.
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseMove={() => option.domId !== active?.domId && setActiveId(option.domId)}
                    onClick={() => go(option)}
                    className={cn(
                      "cursor-pointer rounded-md px-3 py-2 text-sm",
                      option.domId === active?.domId ? "bg-surface-muted outline-2 outline-accent" : "hover:bg-surface-muted",
                    )}
                  >
                    <span className="block font-medium break-words">{option.label}</span>
                    {option.detail ? <span className="block text-xs break-words text-fg-muted">{option.detail}</span> : null}
                  </div>
                ))}
              </div>
            ))}
          </div>
          <p id={`${prefix}-status`} role="status" className="border-t border-border px-4 py-2 text-xs text-fg-muted">
            {status}
          </p>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

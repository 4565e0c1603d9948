"use client";

import { useState, type MouseEvent, type ReactElement } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { sendUnsentDrafts, signOutHere, unsentDraftCount } from "./sign-out";

const projects = (n: number) => `${n} project${n === 1 ? "" : "s"}`;

interface GuardOptions {
  /** What signing out means here (this browser, or every session); must end with signOutHere(). */
  proceed?: () => void | Promise<void>;
  /** Where focus goes when the dialog closes without signing out; by default the trigger, if there is one. */
  onCloseAutoFocus?: (event: Event) => void;
}

/**
 * Before signing out, edits this browser has not sent: the open workspace's are sent first;
 * if some are still unsent, the person chooses to save them, discard them or stay. Signing
 * out then removes every draft from the browser.
 *
 * `begin` starts it; `dialog` must be rendered (outside any menu that closes on the click,
 * so the dialog outlives it); `busy` disables the button that called `begin`.
 */
export function useUnsentDraftsGuard({ proceed = signOutHere, onCloseAutoFocus }: GuardOptions = {}) {
  const [unsent, setUnsent] = useState<number | null>(null);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);

  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    try {
      await step();
    } finally {
      setBusy(false);
    }
  };
  const begin = () =>
    // The dialog opens only when there is something to decide.
    void run(async () => {
      const count = await unsentDraftCount();
      if (count === 0) await proceed();
      else {
        setNote("");
        setUnsent(count);
      }
    });
  const saveAndProceed = () =>
    run(async () => {
      const left = await sendUnsentDrafts();
      if (left === 0) return proceed();
      setUnsent(left);
      setNote(
        `${projects(left)} could not be saved: the server cannot be reached, or someone else changed the project since. Open it to resolve, or discard.`,
      );
    });

  const dialog = (trigger?: ReactElement) => (
    <Dialog
      trigger={trigger}
      open={unsent !== null}
      onOpenChange={(open) => {
        if (!open && !busy) setUnsent(null);
      }}
      onCloseAutoFocus={onCloseAutoFocus}
      title="Unsaved changes"
      description={`You have unsaved changes on ${projects(unsent ?? 0)} that this browser has not sent yet. Signing out removes them from this browser.`}
    >
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-danger">
        {note}
      </p>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <DialogClose asChild>
          <Button variant="secondary" disabled={busy}>
            Cancel
          </Button>
        </DialogClose>
        <Button variant="danger" disabled={busy} onClick={() => void run(async () => proceed())}>
          Discard and sign out
        </Button>
        <Button disabled={busy} onClick={() => void saveAndProceed()}>
          Save and sign out
        </Button>
      </div>
    </Dialog>
  );
  return { begin, busy, dialog };
}

interface GuardProps {
  /** The button that starts signing out; it gets its click handler and disabled state from here. */
  trigger: (props: { onClick: (event: MouseEvent) => void; disabled: boolean }) => ReactElement;
  proceed?: () => void | Promise<void>;
}

/** The guard with its own button (see useUnsentDraftsGuard). */
export function UnsentDraftsGuard({ trigger, proceed }: GuardProps) {
  const guard = useUnsentDraftsGuard({ proceed });
  return guard.dialog(
    trigger({
      onClick: (event) => {
        // The trigger would open the dialog at once: it opens only when there is something to decide.
        event.preventDefault();
        guard.begin();
      },
      disabled: guard.busy,
    }),
  );
}

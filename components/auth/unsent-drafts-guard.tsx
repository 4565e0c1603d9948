"use client";

import { useState, type MouseEvent, type ReactElement } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { sendUnsentDrafts, signOutHere, unsentDraftCount } from "./sign-out";

const projects = (n: number) => `${n} project${n === 1 ? "" : "s"}`;

interface GuardProps {
  /** The button that starts signing out; it gets its click handler and disabled state from here. */
  trigger: (props: { onClick: (event: MouseEvent) => void; disabled: boolean }) => ReactElement;
  /** What signing out means here (this browser, or every session); must end with signOutHere(). */
  proceed?: () => void | Promise<void>;
}

/**
 * Before signing out, edits this browser has not sent: the open workspace's are sent first;
 * if some are still unsent, the person chooses to save them, discard them or stay. Signing
 * out then removes every draft from the browser.
 */
export function UnsentDraftsGuard({ trigger, proceed = signOutHere }: GuardProps) {
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
  const begin = (event: MouseEvent) => {
    // The dialog opens only when there is something to decide.
    event.preventDefault();
    void run(async () => {
      const count = await unsentDraftCount();
      if (count === 0) await proceed();
      else {
        setNote("");
        setUnsent(count);
      }
    });
  };
  const saveAndProceed = () =>
    run(async () => {
      const left = await sendUnsentDrafts();
      if (left === 0) return proceed();
      setUnsent(left);
      setNote(`${projects(left)} could not be saved: the server cannot be reached, or someone else changed the project since. Open it to resolve, or discard.`);
    });

  return (
    <Dialog
      trigger={trigger({ onClick: begin, disabled: busy })}
      open={unsent !== null}
      onOpenChange={(open) => {
        if (!open && !busy) setUnsent(null);
      }}
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
}

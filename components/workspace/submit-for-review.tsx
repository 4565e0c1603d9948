"use client";

import { useState, type MouseEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import type { FlushResult } from "./autosave-controller";

const FLUSH_PROBLEM: Readonly<Record<Exclude<FlushResult, { ok: true }>["reason"], string>> = {
  invalid: "Fix the highlighted fields first: the assessment cannot be saved as it is.",
  conflict: "Resolve the conflicting changes first.",
  failed: "Your latest changes could not be saved yet. Check your connection and try again.",
};

export function snapshotsUrl(orgSlug: string, projectId: string): string {
  return `/api/o/${encodeURIComponent(orgSlug)}/projects/${encodeURIComponent(projectId)}/snapshots`;
}

interface SubmitForReviewProps {
  orgSlug: string;
  projectId: string;
  flush: () => Promise<FlushResult>;
  /** Blockers in the draft being submitted: submitting a blocked assessment asks first. */
  blockers: number;
}

/**
 * Submits exactly what the server holds: waits for every pending edit to be acknowledged,
 * then asks for a snapshot of that revision. A 409 means someone saved in between. A
 * blocked draft can be submitted (a reviewer may need to see it), but only after saying so;
 * afterwards the snapshots page says which revision was made.
 */
export function SubmitForReview({ orgSlug, projectId, flush, blockers }: SubmitForReviewProps) {
  const toast = useToast();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const submit = async () => {
    setConfirming(false);
    setPending(true);
    setProblem(null);
    try {
      const flushed = await flush();
      if (!flushed.ok) {
        setProblem(FLUSH_PROBLEM[flushed.reason]);
        return;
      }
      const response = await fetch(snapshotsUrl(orgSlug, projectId), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ revision: flushed.revision }),
        credentials: "same-origin",
      });
      if (response.status === 201) {
        const number = await submittedNumber(response);
        toast(number === null ? "Submitted for review." : `Submitted as revision ${number}.`);
        // A full navigation on purpose: it drops the workspace (timers, stored draft listeners)
        // and the snapshots page loads fresh from the server; it names the new revision again,
        // since the toast does not survive the navigation.
        const query = number === null ? "" : `?submitted=${number}`;
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign(`/o/${encodeURIComponent(orgSlug)}/projects/${encodeURIComponent(projectId)}/snapshots${query}`);
        return;
      }
      if (response.status === 409) setProblem("The assessment changed; review and submit again");
      else setProblem(await messageOf(response));
    } catch {
      setProblem("Could not reach the server. Try again in a moment.");
    } finally {
      setPending(false);
    }
  };

  // Radix opens the dialog unless the click was handled: with nothing blocking, submit at once.
  const onClick = (event: MouseEvent) => {
    if (blockers > 0) return;
    event.preventDefault();
    void submit();
  };

  return (
    <div className="flex flex-col items-end gap-1">
      <Dialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Submit a blocked assessment?"
        description={`This assessment is blocked by ${blockers} blocker${blockers === 1 ? "" : "s"}. Its snapshot will record the verdict Blocked; reviewers will see what blocks it.`}
        trigger={
          <Button onClick={onClick} disabled={pending} data-testid="submit-for-review" aria-haspopup={blockers > 0 ? "dialog" : undefined}>
            {pending ? "Submitting…" : "Submit for review"}
          </Button>
        }
      >
        <div className="flex flex-wrap justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary">Cancel</Button>
          </DialogClose>
          <Button variant="danger" onClick={() => void submit()}>
            Submit anyway
          </Button>
        </div>
      </Dialog>
      <p role="alert" className="max-w-xs text-right text-sm text-danger">
        {problem}
      </p>
    </div>
  );
}

/** The new snapshot's number from the 201 body, or null when it cannot be read. */
async function submittedNumber(response: Response): Promise<number | null> {
  try {
    const body: unknown = await response.json();
    return typeof body === "object" && body !== null && "number" in body && typeof body.number === "number" ? body.number : null;
  } catch {
    return null;
  }
}

async function messageOf(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (typeof body === "object" && body !== null && "message" in body && typeof body.message === "string")
      return `Not submitted: ${body.message}`;
  } catch {
    // Fall through to the generic message.
  }
  return "Not submitted: the server refused the request. Try again.";
}

"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
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
}

/**
 * Submits exactly what the server holds: waits for every pending edit to be acknowledged,
 * then asks for a snapshot of that revision. A 409 means someone saved in between.
 */
export function SubmitForReview({ orgSlug, projectId, flush }: SubmitForReviewProps) {
  const toast = useToast();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
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
        toast("Submitted for review.");
        // A full navigation on purpose: it drops the workspace (timers, stored draft listeners)
        // and the snapshots page loads fresh from the server.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign(`/o/${encodeURIComponent(orgSlug)}/projects/${encodeURIComponent(projectId)}/snapshots`);
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

  return (
    <div className="flex flex-col items-end gap-1">
      <Button onClick={() => void submit()} disabled={pending} data-testid="submit-for-review">
        {pending ? "Submitting…" : "Submit for review"}
      </Button>
      <p role="alert" className="max-w-xs text-right text-sm text-danger">
        {problem}
      </p>
    </div>
  );
}

async function messageOf(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    if (typeof body === "object" && body !== null && "message" in body && typeof body.message === "string") return `Not submitted: ${body.message}`;
  } catch {
    // Fall through to the generic message.
  }
  return "Not submitted: the server refused the request. Try again.";
}

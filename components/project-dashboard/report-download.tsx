"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

interface Props {
  reportUrl: string;
  defaultPreparedBy: string;
  snapshots: { id: string; label: string }[];
}

type State = { kind: "idle" } | { kind: "working" } | { kind: "done" } | { kind: "failed"; message: string };

/** Downloads the PDF report of the draft or a snapshot, showing progress and a clear error. */
export function ReportDownload({ reportUrl, defaultPreparedBy, snapshots }: Props) {
  const [source, setSource] = useState("draft");
  const [preparedBy, setPreparedBy] = useState(defaultPreparedBy);
  const [state, setState] = useState<State>({ kind: "idle" });

  async function download() {
    setState({ kind: "working" });
    try {
      const response = await fetch(`${reportUrl}?${new URLSearchParams({ source, preparedBy })}`);
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { message?: string };
        setState({ kind: "failed", message: body.message ?? `The report could not be made (error ${response.status}).` });
        return;
      }
      const blob = await response.blob();
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "readiness-report.pdf";
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setState({ kind: "done" });
    } catch {
      setState({ kind: "failed", message: "Could not reach the server. Check your connection and try again." });
    }
  }

  return (
    <div className="no-print flex flex-col gap-3">
      <div className="text-sm">
        <label htmlFor="report-source" className="block font-medium">
          Report of
        </label>
        <select
          id="report-source"
          value={source}
          onChange={(e) => setSource(e.target.value)}
          className="mt-1 h-10 w-full rounded-md border border-border bg-surface px-2"
        >
          <option value="draft">The current draft</option>
          {snapshots.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div className="text-sm">
        <label htmlFor="report-prepared-by" className="block font-medium">
          Prepared by
        </label>
        <input
          id="report-prepared-by"
          value={preparedBy}
          maxLength={120}
          onChange={(e) => setPreparedBy(e.target.value)}
          className="mt-1 h-10 w-full rounded-md border border-border bg-surface px-3"
        />
      </div>
      <Button onClick={() => void download()} disabled={state.kind === "working"}>
        {state.kind === "working" ? "Making the PDF…" : "Download PDF report"}
      </Button>
      <p role="status" aria-live="polite" className={`w-full text-sm ${state.kind === "failed" ? "text-danger" : "text-fg-muted"}`}>
        {state.kind === "failed" ? state.message : state.kind === "done" ? "Report downloaded." : ""}
      </p>
    </div>
  );
}

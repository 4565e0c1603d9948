"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ReportDownload } from "./report-download";

type Props = Parameters<typeof ReportDownload>[0];

/**
 * The PDF export behind one toolbar button: its choices (which snapshot, prepared by) open
 * in a dialog instead of sitting above the results the page is for.
 */
export function ExportMenu(props: Props) {
  return (
    <Dialog
      title="Export a PDF report"
      description="A print-ready report of the current draft or of a submitted revision."
      trigger={
        <Button variant="secondary" aria-haspopup="dialog">
          Export report…
        </Button>
      }
    >
      <ReportDownload {...props} />
    </Dialog>
  );
}

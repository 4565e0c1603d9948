import { PAPER_LABELS, type PaperSize } from "@/lib/reports/paper";
import { createTheme } from "@/lib/reports/theme";
import { formatDate, type DateFormat } from "@/lib/utils/format-date";

export interface CoverPreviewProps {
  name: string;
  /** As typed; the report's own fallback (the default accent) applies while it is not a colour. */
  accentColor: string;
  paperSize: PaperSize;
  dateFormat: DateFormat;
  /** YYYY-MM-DD from the server, so the server's and the browser's first render agree. */
  today: string;
  /** The stored logo's address, or null when there is none (the cover prints the name then). */
  logoUrl: string | null;
}

/** Width over height of each paper, so the thumbnail has the report's shape. */
const PAPER_ASPECT: Record<PaperSize, string> = { A4: "210 / 297", LETTER: "8.5 / 11" };

/**
 * A small likeness of the PDF report's cover (lib/reports/components/cover.tsx): the accent
 * band with the logo or name, then an accent-coloured heading and rule. It uses the report's
 * own theme, so the band's text colour and the heading's darkened accent are the PDF's.
 */
export function ReportCoverPreview({ name, accentColor, paperSize, dateFormat, today, logoUrl }: CoverPreviewProps) {
  const theme = createTheme(accentColor);
  const shownName = name.trim() || "Your organization";
  return (
    <figure className="w-full max-w-56" aria-labelledby="cover-preview-caption">
      <div
        className="flex flex-col overflow-hidden rounded-md border border-border bg-white text-[#111827] shadow-sm"
        style={{ aspectRatio: PAPER_ASPECT[paperSize] }}
        data-testid="cover-preview"
      >
        <div className="space-y-1 px-3 pt-3 pb-4" style={{ backgroundColor: theme.accent, color: theme.onAccent }} data-testid="cover-band">
          {logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- a private, session-checked image: next/image would proxy it
            <img src={logoUrl} alt="" className="max-h-6 max-w-24 rounded-sm bg-white p-0.5" />
          ) : (
            <p className="truncate text-xs font-bold">{shownName}</p>
          )}
          <p className="pt-2 text-[0.55rem] font-semibold tracking-wide uppercase">AI integration readiness report</p>
          <p className="text-sm leading-tight font-bold">Example project</p>
          <p className="truncate text-[0.6rem]">Prepared for {shownName}</p>
        </div>
        <div className="flex-1 space-y-2 px-3 pt-3 text-[0.6rem]">
          <p className="text-xs font-bold" style={{ color: theme.accentText }} data-testid="cover-heading">
            Executive summary
          </p>
          <hr className="border-t-2" style={{ borderColor: theme.accent }} />
          <p>
            <span className="font-semibold text-[#4b5563]">Report date </span>
            {formatDate(today, { format: dateFormat, months: "long" })}
          </p>
          <p>
            <span className="font-semibold text-[#4b5563]">Paper </span>
            {PAPER_LABELS[paperSize]}
          </p>
        </div>
      </div>
      <figcaption id="cover-preview-caption" className="mt-2 text-xs text-fg-muted">
        Preview of the report cover, as you type.
      </figcaption>
    </figure>
  );
}

/**
 * Colours of the report: a fixed neutral palette and severity colours (they carry meaning
 * and must not change with branding), plus the organization's accent colour made safe to
 * use — readable as text on white, and with a legible text colour on top of it.
 */
import type { Severity, Verdict } from "@/lib/readiness";

export interface ReportTheme {
  /** The accent as given (or the default), for fills and bands. */
  accent: string;
  /** Text colour on an accent fill: white or ink, whichever contrasts more. */
  onAccent: string;
  /** The accent darkened until it reads as text on white (contrast ≥ 4.5). */
  accentText: string;
  /** A pale tint of the accent for table headers and panels. */
  accentTint: string;
}

export const INK = "#111827";
export const MUTED = "#4b5563";
export const SUBTLE = "#6b7280";
export const RULE = "#e5e7eb";
export const PANEL = "#f5f6f8";
export const WHITE = "#ffffff";

export const DEFAULT_ACCENT = "#1d4ed8";

export const SEVERITY_COLOR: Record<Severity, { fg: string; bg: string }> = {
  blocker: { fg: "#b91c1c", bg: "#fde8e8" },
  warning: { fg: "#a16207", bg: "#fef6dc" },
  info: { fg: "#475569", bg: "#eef1f5" },
};

export const VERDICT_COLOR: Record<Verdict, { fg: string; bg: string }> = {
  blocked: { fg: "#b91c1c", bg: "#fde8e8" },
  incomplete: { fg: "#a16207", bg: "#fef6dc" },
  ready: { fg: "#15803d", bg: "#e3f6e9" },
};

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b]
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}

function mix(a: Rgb, b: Rgb, weightOfB: number): Rgb {
  return [0, 1, 2].map((i) => a[i]! * (1 - weightOfB) + b[i]! * weightOfB) as Rgb;
}

/** WCAG relative luminance. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE_RGB: Rgb = [255, 255, 255];
const INK_RGB: Rgb = [17, 24, 39];

/** A malformed accent falls back to the default rather than failing the export. */
export function createTheme(accentColor: string): ReportTheme {
  const rgb = parseHex(accentColor) ?? (parseHex(DEFAULT_ACCENT) as Rgb);
  let text = rgb;
  // Darken in small steps so a pale brand colour (e.g. yellow) still reads as a heading.
  for (let step = 1; contrast(text, WHITE_RGB) < 4.5 && step <= 20; step += 1) text = mix(rgb, INK_RGB, step * 0.05);
  return {
    accent: toHex(rgb),
    onAccent: contrast(rgb, WHITE_RGB) >= contrast(rgb, INK_RGB) ? WHITE : INK,
    accentText: toHex(text),
    accentTint: toHex(mix(rgb, WHITE_RGB, 0.9)),
  };
}

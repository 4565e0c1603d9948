/**
 * Colours and stroke patterns of the charts, shared by the client charts and the HTML
 * legends. Colours are theme CSS variables, so `.dark` on <html> restyles the SVG without
 * a re-render; dash patterns let series be told apart without colour.
 */
import type { CSSProperties } from "react";

export const COLOR = {
  current: "var(--accent)",
  previous: "var(--fg-muted)",
  threshold: "var(--danger)",
  grid: "var(--border)",
  text: "var(--fg)",
  muted: "var(--fg-muted)",
  ready: "var(--success)",
  readySoft: "var(--success-soft)",
  incomplete: "var(--warning)",
  incompleteSoft: "var(--warning-soft)",
  blocked: "var(--danger)",
  blockedSoft: "var(--danger-soft)",
} as const;

export const DASH = { dashed: "6 4", dotted: "2 3" } as const;

export const AXIS_TICK = { fill: COLOR.muted, fontSize: 12 } as const;

export const TOOLTIP_STYLE: CSSProperties = {
  background: "var(--surface)",
  border: "1px solid var(--border)",
  borderRadius: 8,
  color: "var(--fg)",
  fontSize: 13,
  boxShadow: "0 4px 12px rgb(0 0 0 / 0.12)",
};

export const TOOLTIP_LABEL_STYLE: CSSProperties = { color: "var(--fg)", fontWeight: 600, marginBottom: 4 };

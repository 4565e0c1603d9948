/**
 * How the dashboards show a verdict: icon and word always, colour only as a repeat
 * (same icons as components/readiness/verdict-badge.tsx), so colour-blind readers and
 * black-and-white prints lose nothing.
 */
import type { Verdict } from "@/lib/readiness/client";

export interface VerdictLook {
  icon: string;
  label: string;
  /** Text colour. */
  text: string;
  /** Icon chip: soft background and border. */
  chip: string;
}

export const VERDICT_LOOK: Record<Verdict, VerdictLook> = {
  ready: { icon: "✓", label: "Ready", text: "text-success", chip: "border-success bg-success-soft text-success" },
  incomplete: { icon: "◐", label: "Incomplete", text: "text-warning", chip: "border-warning bg-warning-soft text-warning" },
  blocked: { icon: "✕", label: "Blocked", text: "text-danger", chip: "border-danger bg-danger-soft text-danger" },
};

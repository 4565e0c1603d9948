import { Badge } from "@/components/ui/badge";
import type { Verdict } from "@/lib/readiness/client";

// Shape and word carry the verdict; colour only repeats it (colour-blind readers lose nothing).
const LOOK: Record<Verdict, { tone: "danger" | "warning" | "success"; icon: string; label: string }> = {
  blocked: { tone: "danger", icon: "✕", label: "Blocked" },
  incomplete: { tone: "warning", icon: "◐", label: "Incomplete" },
  ready: { tone: "success", icon: "✓", label: "Ready" },
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const look = LOOK[verdict];
  return (
    <Badge tone={look.tone}>
      <span aria-hidden>{look.icon}</span>
      {look.label}
    </Badge>
  );
}

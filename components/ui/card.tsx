import type { HTMLAttributes } from "react";
import { cn } from "@/lib/utils/cn";

export function Card({ className, ...props }: HTMLAttributes<HTMLElement>) {
  return <section className={cn("min-w-0 rounded-xl border border-border bg-surface p-4 shadow-sm sm:p-6", className)} {...props} />;
}

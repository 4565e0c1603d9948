import Link from "next/link";
import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <Link href="/" className="mb-8 text-2xl font-bold tracking-tight">
        Preflight
      </Link>
      <div className="w-full max-w-md rounded-xl border border-border bg-surface p-8 shadow-sm">{children}</div>
      <p className="mt-6 max-w-md text-center text-sm text-fg-muted">
        Know whether an AI integration is ready to launch, what blocks it, and who must fix it.
      </p>
    </main>
  );
}

import Link from "next/link";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";

/** The bar on every signed-in page; `left` holds the organization switcher and navigation. */
export async function AppHeader({ user, left }: { user: { name: string; email: string }; left?: ReactNode }) {
  const theme = (await cookies()).get("theme")?.value;
  return (
    <header className="no-print border-b border-border bg-surface">
      <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-2">
        <Link href="/" className="font-bold tracking-tight">
          Preflight
        </Link>
        <div className="flex flex-1 items-center gap-4">{left}</div>
        <ThemeToggle initial={theme === "dark" || theme === "light" ? theme : undefined} />
        <UserMenu name={user.name} email={user.email} />
      </div>
    </header>
  );
}

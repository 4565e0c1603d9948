import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath } from "@/lib/auth/callback-url";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackPath);
  return (
    <>
      <h1 className="text-xl font-semibold">Sign in</h1>
      <p className="mt-1 text-sm text-fg-muted">Welcome back.</p>
      <div className="mt-6">
        <SignInForm callbackPath={callbackPath} />
      </div>
      <p className="mt-6 text-sm text-fg-muted">
        New to Preflight?{" "}
        <Link
          className="font-medium text-accent underline"
          href={`/sign-up${callbackPath !== "/" ? `?callbackUrl=${encodeURIComponent(callbackPath)}` : ""}`}
        >
          Create an account
        </Link>
      </p>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeCallbackPath, signInHref } from "@/lib/auth/callback-url";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl, "");
  if (await getCurrentUser()) redirect(callbackPath || "/");
  return (
    <>
      <h1 className="text-xl font-semibold">Create your account</h1>
      <p className="mt-1 text-sm text-fg-muted">You will own a new organization; invite your team from there.</p>
      <div className="mt-6">
        <SignUpForm callbackPath={callbackPath} action={signUpAction} />
      </div>
      <p className="mt-6 text-sm text-fg-muted">
        Already have an account?{" "}
        <Link className="font-medium text-accent underline" href={signInHref(callbackPath)}>
          Sign in
        </Link>
      </p>
    </>
  );
}

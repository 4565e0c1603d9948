import type { FormState } from "@/lib/forms/form-state";

/** The form-level outcome, announced to screen readers. */
export function FormMessage({ state, success }: { state: FormState<unknown>; success?: string }) {
  const text = state.ok ? success : state.message;
  return (
    <p role="status" aria-live="polite" className={`min-h-5 text-sm ${state.ok ? "text-success" : "text-danger"}`}>
      {text}
    </p>
  );
}

"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { initialFormState, type FormAction, type FormState } from "@/lib/forms/form-state";

/**
 * Runs a server action from onSubmit rather than the form's `action` prop: React resets a
 * form after an action submission, and a rejected form must keep what the user typed.
 */
export function useFormAction<D = undefined>(action: FormAction<D>) {
  const [state, dispatch, pending] = useActionState<FormState<D>, FormData>(action, initialFormState);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return { state, submit, pending, errorsFor: (field: string) => state.fieldErrors?.[field] };
}

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { NOT_A_FORM, runUserAction } from "@/lib/forms/run-action";

const schema = z.object({ name: z.string().min(1), tags: z.union([z.string(), z.array(z.string())]).optional() }).strict();

/** Runs the action on `formData` and answers its form state and what the handler received. */
async function submit(formData: unknown) {
  let received: unknown = "not called";
  const state = await runUserAction(formData as FormData, schema, async (input) => {
    received = input;
  });
  return { state, received };
}

function form(entries: [string, string | Blob][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("runUserAction at the boundary", () => {
  it("answers a form error, without running, for anything that is not form data", async () => {
    for (const notAForm of ["name=x", 42, null, undefined, { name: "x" }, [form([["name", "x"]])], new Map([["name", "x"]])]) {
      const { state, received } = await submit(notAForm);
      expect(state).toEqual(NOT_A_FORM);
      expect(received).toBe("not called");
    }
  });

  it("reports __proto__, constructor and prototype fields as unexpected instead of dropping them", async () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const { state, received } = await submit(
        form([
          ["name", "x"],
          [key, "1"],
        ]),
      );
      expect(state.ok).toBe(false);
      expect(state.fieldErrors).toEqual({ form: [`Unexpected field(s): ${key}.`] });
      expect(received).toBe("not called");
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a file sent for a text field instead of reading it as an empty string", async () => {
    const { state } = await submit(form([["name", new Blob(["x"])]]));
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(["name"]);
  });

  it("still turns a repeated name into a list and skips React's own fields", async () => {
    const { state, received } = await submit(
      form([
        ["name", "x"],
        ["tags", "a"],
        ["tags", "b"],
        ["$ACTION_ID_abc", ""],
      ]),
    );
    expect(state).toEqual({ ok: true });
    expect(received).toEqual({ name: "x", tags: ["a", "b"] });
  });
});

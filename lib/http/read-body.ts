import "server-only";
import { AppError } from "@/lib/errors";
import { parseJsonText } from "@/lib/readiness";

export const MAX_BODY_BYTES = 8 * 1024 * 1024;

/**
 * A request body as text. Past `MAX_BODY_BYTES` it is refused with a 413 without being read
 * to the end (a declared length is believed, a missing one is counted as it streams). Bytes
 * that are not UTF-8 are refused rather than turned into U+FFFD, which would store
 * different text than was sent. `field` names the body in the error ("body", "file").
 */
export async function readBodyText(request: Request, field = "body"): Promise<string> {
  const tooLarge = () => {
    const problem = `is too large (at most ${MAX_BODY_BYTES / 1024 / 1024} MB)`;
    return new AppError("too_large", `The ${field} ${problem}.`, { [field]: [problem] });
  };
  if (Number(request.headers.get("content-length")) > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  for (;;) {
    const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader?.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  try {
    // ignoreBOM keeps a byte-order mark in the text, where the JSON reader allows exactly one.
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(Buffer.concat(chunks));
  } catch {
    const problem = "is not valid UTF-8 text";
    throw new AppError("validation", `The ${field} ${problem}.`, { [field]: [problem] });
  }
}

/** A JSON body; one that is empty, malformed or nested too deeply is a 400 saying where. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const json = parseJsonText(await readBodyText(request));
  if (!json.ok) throw new AppError("validation", `The request body ${json.message}.`, { body: [json.message] });
  return json.value;
}

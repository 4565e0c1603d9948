/**
 * `npm run evaluate -- <assessment.json | ->` — evaluates a `preflight.assessment/v1`
 * document and prints the `preflight.evaluation/v1` JSON on stdout.
 *
 * Exit codes: 0 ready or incomplete · 1 blocked · 2 the input is unusable (missing
 * argument, unreadable file, empty, not JSON, or an invalid document: one line per
 * problem on stderr, `<dotted path>: <problem>`). Never prints a stack trace.
 *
 * All I/O lives here; parsing and evaluation are the pure functions of lib/readiness.
 *
 * npm prints its "> preflight@… evaluate" banner on stdout: to capture pure JSON use
 * `npm run -s evaluate -- file.json` (or `npx tsx lib/cli/evaluate.ts file.json`).
 */
import { readFile, stat } from "node:fs/promises";
import { evaluate, parseAssessment, parseJsonText } from "../readiness";

const USAGE = "usage: npm run evaluate -- <assessment.json | ->   (use - to read from stdin)";
/** Far above any real assessment (the schema caps rows and text); keeps memory bounded. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const EXIT = { ok: 0, blocked: 1, unusable: 2 } as const;

class InputError extends Error {}

function fileProblem(error: unknown): string {
  const code = error instanceof Error && "code" in error ? String(error.code) : "";
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a directory, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(`stdin is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function readSource(file: string): Promise<string> {
  if (file === "-") return readStdin();
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new InputError(`cannot read ${file}: is a directory, not a file`);
    if (info.size > MAX_INPUT_BYTES) throw new InputError(`${file} is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB`);
    return await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${file}: ${fileProblem(error)}`);
  }
}

async function run(args: readonly string[]): Promise<number> {
  if (args.length === 1 && (args[0] === "--help" || args[0] === "-h")) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const file = args[0];
  if (args.length !== 1 || file === undefined || file === "") {
    process.stderr.write(`${USAGE}\n`);
    return EXIT.unusable;
  }
  const name = file === "-" ? "stdin" : file;

  let text: string;
  try {
    text = await readSource(file);
  } catch (error) {
    process.stderr.write(`evaluate: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.unusable;
  }

  const json = parseJsonText(text);
  if (!json.ok) {
    process.stderr.write(`evaluate: ${name} ${json.message}\n`);
    return EXIT.unusable;
  }

  const parsed = parseAssessment(json.value);
  if (!parsed.ok) {
    process.stderr.write(parsed.issues.map((issue) => `${issue.path}: ${issue.message}\n`).join(""));
    return EXIT.unusable;
  }

  const evaluation = evaluate(parsed.document);
  process.stdout.write(`${JSON.stringify(evaluation, null, 2)}\n`);
  return evaluation.verdict === "blocked" ? EXIT.blocked : EXIT.ok;
}

// A closed pipe (`… | head`) is not an error worth a stack trace.
process.stdout.on("error", () => undefined);

run(process.argv.slice(2)).then(
  (code) => {
    // exitCode, not exit(): lets a large stdout write drain into a pipe first.
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`evaluate: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT.unusable;
  },
);

/**
 * `npm run evaluate -- [--ruleset 1.0.0|2.0.0] [--format json|text] <assessment.json | ->`
 * evaluates a `preflight.assessment/v1` or `/v2` document (a v1 document is read as v2)
 * and prints the evaluation on stdout: `preflight.evaluation/v2` under ruleset 2.0.0 (the
 * default), `preflight.evaluation/v1` under 1.0.0, or with `--format text` a human
 * summary. `npm run evaluate -- [--ruleset …] --explain <RULE_ID>` explains one rule.
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
import {
  LATEST_RULESET_VERSION,
  RULESET_VERSIONS,
  evaluate,
  isRulesetVersion,
  parseAnyAssessment,
  parseJsonText,
  rulesetRule,
  type RulesetVersion,
} from "../readiness";
import { evaluationText, ruleText } from "./evaluate-text";

const USAGE = [
  "usage: npm run evaluate -- [--ruleset 1.0.0|2.0.0] [--format json|text] <assessment.json | ->   (use - to read from stdin)",
  "       npm run evaluate -- [--ruleset 1.0.0|2.0.0] --explain <RULE_ID>",
].join("\n");
/** Far above any real assessment (the schema caps rows and text); keeps memory bounded. */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

const EXIT = { ok: 0, blocked: 1, unusable: 2 } as const;

class InputError extends Error {}

interface Options {
  ruleset: RulesetVersion;
  format: "json" | "text";
  explain: string | null;
  file: string | null;
  help: boolean;
}

/** The options, or the one-line problem with them. */
function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { ruleset: LATEST_RULESET_VERSION, format: "json", explain: null, file: null, help: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    const value = args[i + 1];
    if (arg === "--help" || arg === "-h") options.help = true;
    else if (arg === "--ruleset" || arg === "--format" || arg === "--explain") {
      if (value === undefined || value === "") return `${arg} needs a value`;
      i += 1;
      if (arg === "--ruleset") {
        if (!isRulesetVersion(value)) return `unknown ruleset ${JSON.stringify(value)}: expected one of ${RULESET_VERSIONS.join(", ")}`;
        options.ruleset = value;
      } else if (arg === "--format") {
        if (value !== "json" && value !== "text") return `unknown format ${JSON.stringify(value)}: expected json or text`;
        options.format = value;
      } else options.explain = value;
    } else if (arg.startsWith("--")) return `unknown option ${arg}`;
    else if (options.file !== null) return "expected one document";
    else options.file = arg;
  }
  if (options.help) return options;
  if (options.explain !== null && options.file !== null) return "--explain takes no document";
  if (options.explain === null && (options.file === null || options.file === "")) return "expected a document";
  return options;
}

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
  const options = parseArgs(args);
  if (typeof options === "string") {
    process.stderr.write(`evaluate: ${options}\n${USAGE}\n`);
    return EXIT.unusable;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (options.explain !== null) {
    const rule = rulesetRule(options.ruleset, options.explain);
    if (rule === null) {
      process.stderr.write(`evaluate: ruleset ${options.ruleset} has no rule ${JSON.stringify(options.explain)}\n`);
      return EXIT.unusable;
    }
    process.stdout.write(ruleText(rule, options.ruleset));
    return EXIT.ok;
  }
  const file = options.file ?? "-";
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

  const parsed = parseAnyAssessment(json.value);
  if (!parsed.ok) {
    process.stderr.write(parsed.issues.map((issue) => `${issue.path}: ${issue.message}\n`).join(""));
    return EXIT.unusable;
  }

  const evaluation = evaluate(parsed.document, { ruleset: options.ruleset });
  process.stdout.write(options.format === "text" ? evaluationText(evaluation) : `${JSON.stringify(evaluation, null, 2)}\n`);
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

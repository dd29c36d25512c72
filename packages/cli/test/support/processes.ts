import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
export { freePort } from "@yhdyspinta/testing";

export const repoRoot = resolve(__dirname, "..", "..", "..", "..");

/** The built CLI (`npm test` runs `tsc -b` first; a bare `npx jest` needs `npx tsc -b` before). */
export function builtCli(root: string = repoRoot): string {
  const main = join(root, "packages", "cli", "dist", "main.js");
  if (!existsSync(main)) throw new Error(`${main} is missing: run npx tsc -b first`);
  return main;
}

export interface Finished { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** Runs a command to its end with exactly `env` (nothing inherited), collecting its output. */
export function runToEnd(command: string, args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv; input?: string }): Promise<Finished> {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { cwd: options.cwd ?? repoRoot, env: options.env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => { stdout += c; });
    child.stderr.on("data", (c) => { stderr += c; });
    child.on("error", fail);
    child.on("close", (code, signal) => ok({ code, signal, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** A long-running process (a server) with its output collected, and a way to stop it and wait for its exit. */
export function startProcess(command: string, args: string[], options: { cwd?: string; env: NodeJS.ProcessEnv }) {
  const child: ChildProcess = spawn(command, args, { cwd: options.cwd ?? repoRoot, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
  const output = { text: "" };
  child.stdout!.on("data", (c) => { output.text += c; });
  child.stderr!.on("data", (c) => { output.text += c; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.on("exit", (code, signal) => ok({ code, signal })));
  return {
    child, output, exited,
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/**
 * Polls `url` until it answers 200, or fails when the process exits first. Attempts are counted,
 * not timed: 600 tries 100 ms apart, so a slow machine only waits longer.
 */
export async function waitForOk(url: string, proc: { exited: Promise<unknown>; output: { text: string } }): Promise<Response> {
  let exited = false;
  void proc.exited.then(() => { exited = true; });
  for (let attempt = 0; attempt < 600; attempt++) {
    if (exited) throw new Error(`the process exited before ${url} answered:\n${proc.output.text}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return res;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer 200:\n${proc.output.text}`);
}

import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export interface Instruction { op: string; args: string; line: number }
export interface Stage { name: string; from: string; instructions: Instruction[] }

/** Dockerfile instructions by stage: comments dropped, `\` continuations joined. */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  let pending = "";
  let startLine = 0;
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!pending && (line === "" || line.startsWith("#"))) return;
    if (!pending) startLine = i + 1;
    if (line.endsWith("\\")) { pending += `${line.slice(0, -1)} `; return; }
    const full = pending + line;
    pending = "";
    const [, op, args] = /^(\S+)\s*(.*)$/.exec(full)!;
    const instruction = { op: op.toUpperCase(), args: args.trim(), line: startLine };
    if (instruction.op === "FROM") {
      const [, image, name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args)!;
      stages.push({ name: name ?? String(stages.length), from: image, instructions: [] });
    } else {
      stages.at(-1)!.instructions.push(instruction);
    }
  });
  return stages;
}

/** KEY=value pairs of a stage's ENV lines (the `KEY=value` form, values without spaces). */
export function stageEnv(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const i of stage.instructions.filter((x) => x.op === "ENV")) {
    for (const pair of i.args.split(/\s+/)) {
      const eq = pair.indexOf("=");
      if (eq > 0) env[pair.slice(0, eq)] = pair.slice(eq + 1).replace(/^"(.*)"$/, "$1");
    }
  }
  return env;
}

export function jsonArgs(instruction: Instruction): string[] {
  return JSON.parse(instruction.args) as string[];
}

/** A RUN's shell command without its BuildKit flags (`--mount=type=cache,...` only speeds builds up). */
export function runCommand(instruction: Instruction): string {
  return instruction.args.replace(/^(?:--\S+\s+)*/, "");
}

export interface Copy { from: string | null; sources: string[]; dest: string }

export function parseCopy(instruction: Instruction): Copy {
  const words = instruction.args.split(/\s+/);
  let from: string | null = null;
  while (words[0]?.startsWith("--")) {
    const flag = words.shift()!;
    if (flag.startsWith("--from=")) from = flag.slice("--from=".length);
  }
  return { from, sources: words.slice(0, -1), dest: words.at(-1)! };
}

/** .dockerignore as a predicate on context-relative paths (the patterns this repository uses: *, **, plain names). */
export function dockerIgnore(text: string): (path: string) => boolean {
  const patterns = text.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#")).map((p) => {
    const source = p.replace(/^\/+|\/+$/g, "").split("/").map((part) => part === "**" ? ".*" : part.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")).join("/");
    return new RegExp(`^${source.replace(/\.\*\//g, "(?:.*/)?")}$`);
  });
  return (path) => {
    const parts = path.split("/");
    for (let n = 1; n <= parts.length; n++) {
      const prefix = parts.slice(0, n).join("/");
      if (patterns.some((re) => re.test(prefix))) return true;
    }
    return false;
  };
}

/**
 * Runs a Dockerfile's stages in folders instead of images: WORKDIR, ENV, COPY (from the build context,
 * filtered by .dockerignore, or from an earlier stage) and RUN (with sh, in the stage's folder) as written.
 * `replaceRun` substitutes a RUN by name (e.g. reuse this checkout's build instead of repeating it).
 */
export function simulateDockerfile(options: {
  context: string; dockerfile: string; into: string;
  replaceRun?: Record<string, (workdir: string) => void>;
  runEnv?: NodeJS.ProcessEnv;
}): { stages: Stage[]; workdir: (stage: string) => string } {
  const stages = parseDockerfile(readFileSync(join(options.context, options.dockerfile), "utf8"));
  const ignoreFile = join(options.context, ".dockerignore");
  const ignored = dockerIgnore(existsSync(ignoreFile) ? readFileSync(ignoreFile, "utf8") : "");
  const workdirs = new Map<string, string>();
  const root = (stage: string) => join(options.into, stage);
  const inStage = (stage: string, containerPath: string, workdir: string) =>
    containerPath.startsWith("/") ? join(root(stage), containerPath) : join(workdir, containerPath);
  for (const stage of stages) {
    let workdir = root(stage.name);
    mkdirSync(workdir, { recursive: true });
    const env: Record<string, string> = {};
    for (const i of stage.instructions) {
      if (i.op === "WORKDIR") { workdir = inStage(stage.name, i.args, workdir); mkdirSync(workdir, { recursive: true }); }
      if (i.op === "ENV") Object.assign(env, stageEnv({ ...stage, instructions: [i] }));
      if (i.op === "COPY") {
        const copy = parseCopy(i);
        const dest = inStage(stage.name, copy.dest, workdir);
        for (const source of copy.sources) {
          const from = copy.from ? inStage(copy.from, source, workdirs.get(copy.from)!) : join(options.context, source);
          const target = copy.dest.endsWith("/") && !statSync(from).isDirectory() ? join(dest, source.split("/").at(-1)!) : dest;
          cpSync(from, target, {
            recursive: true,
            filter: (path) => copy.from !== null || !ignored(relative(options.context, path)),
          });
        }
      }
      if (i.op === "RUN") {
        const command = runCommand(i);
        const replacement = options.replaceRun?.[command];
        if (replacement) replacement(workdir);
        else execFileSync("sh", ["-c", command], { cwd: workdir, env: { ...options.runEnv, ...env }, stdio: "pipe" });
      }
    }
    workdirs.set(stage.name, workdir);
  }
  return { stages, workdir: (stage) => workdirs.get(stage)! };
}

/** Every file under `dir`, relative to it, outside node_modules folders. */
export function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : listFiles(path, base);
    return [relative(base, path)];
  });
}

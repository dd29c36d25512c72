import { readFileSync } from "node:fs";
import { join } from "node:path";
import { USAGE } from "@yhdyspinta/cli";
import { commandMentions, documentationFiles, repoRoot, tableCommands, type CommandMention } from "./docs-markdown";

/*
 * Every `npx yhdyspinta ...` / `node packages/cli/dist/main.js ...` / `yhdyspinta ...` and `npm ...`
 * command in README.md and docs/*.md (shell blocks and inline code) names a command the CLI has,
 * with options it lists, or an npm script that exists: renaming a command or script without the
 * docs fails here. The CLI's commands are read from its help text (USAGE), the scripts from package.json.
 */

interface CliCommand { name: string; subcommands: string[]; text: string }

/** `  schema print [--out FILE]  print ...` → schema / print; continuation lines belong to the entry above. */
function cliCommands(usage: string): CliCommand[] {
  const commands: CliCommand[] = [];
  for (const line of usage.split("\n")) {
    const entry = /^ {2}([a-z][a-z-]*)((?: [a-z][a-z|-]*)*)/.exec(line);
    if (entry) {
      const subcommands = entry[2].trim().split(/[\s|]+/).filter(Boolean);
      const known = commands.find((c) => c.name === entry[1]);
      if (known) { known.subcommands.push(...subcommands); known.text += `\n${line}`; } else commands.push({ name: entry[1], subcommands, text: line });
    } else if (/^ {3,}\S/.test(line) && commands.length) {
      commands[commands.length - 1].text += `\n${line}`;
    }
  }
  return commands;
}

const commands = cliCommands(USAGE);
const scripts = Object.keys(JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).scripts ?? {});
const NPM_BUILTINS = new Set(["ci", "install", "exec"]);
const files = documentationFiles();
const where = (m: CommandMention) => `${m.file}:${m.line}: ${m.program} ${m.words.join(" ")}`;
const placeholder = (word: string) => /^<.*>$/.test(word);

function problemOf(mention: CommandMention): string | null {
  const [first, second] = mention.words;
  if (mention.program === "npm") {
    if (first === "run") return second && scripts.includes(second) ? null : `no npm script "${second}" in package.json (scripts: ${scripts.join(", ")})`;
    if (first === "start" || first === "test") return scripts.includes(first) ? null : `no npm script "${first}" in package.json`;
    return first && NPM_BUILTINS.has(first) ? null : `unexpected npm command "${first}"`;
  }
  if (!first || placeholder(first)) return null;
  const command = commands.find((c) => c.name === first);
  if (!command) return `no CLI command "${first}" (commands: ${commands.map((c) => c.name).join(", ")})`;
  // A table row may name alternatives: `import organisations|activities`.
  if (command.subcommands.length && !(second && (placeholder(second) || second.split(/\\?\|/).every((s) => command.subcommands.includes(s))))) {
    return `"${first}" needs one of ${command.subcommands.join(", ")}`;
  }
  const unknownOptions = mention.words.filter((w) => w.startsWith("--") && !command.text.includes(w.split("=")[0]));
  return unknownOptions.length ? `"${first}" has no option ${unknownOptions.join(", ")} (its help: ${command.text.trim()})` : null;
}

describe("commands named in README.md and docs/*.md", () => {
  const mentions = files.flatMap(commandMentions);
  const table = tableCommands(join(repoRoot, "README.md"), "Command line");

  it("are found, and the CLI's command list is read from its help", () => {
    expect(commands.map((c) => c.name)).toEqual(expect.arrayContaining(["serve", "token"]));
    expect(mentions.some((m) => m.program === "yhdyspinta")).toBe(true);
    expect(mentions.some((m) => m.program === "npm" && m.words[0] === "run")).toBe(true);
    expect(table.length).toBeGreaterThan(0);
  });

  it("the help lists only commands the CLI dispatches", () => {
    const source = readFileSync(join(repoRoot, "packages", "cli", "src", "cli.ts"), "utf8");
    expect(commands.filter((c) => !source.includes(`case "${c.name}"`)).map((c) => c.name)).toEqual([]);
  });

  it("name existing CLI commands and options and existing npm scripts", () => {
    expect([...mentions, ...table].flatMap((m) => { const p = problemOf(m); return p ? [`${where(m)}: ${p}`] : []; })).toEqual([]);
  });

  it("README's command table lists every CLI command", () => {
    const listed = (name: string, sub?: string) => table.some((row) => row.words[0] === name && (sub === undefined || (row.words[1] ?? "").split(/\\?\|/).includes(sub)));
    const missing = commands.flatMap((c) => (c.subcommands.length ? c.subcommands.map((s) => [c.name, s]) : [[c.name]]))
      .filter(([name, sub]) => !listed(name, sub)).map((words) => words.join(" "));
    expect(missing).toEqual([]);
  });

  it("a renamed command or script would be caught", () => {
    expect(problemOf({ file: "x.md", line: 1, program: "yhdyspinta", words: ["tokens", "--role", "admin"] })).toMatch(/no CLI command "tokens"/);
    expect(problemOf({ file: "x.md", line: 1, program: "yhdyspinta", words: ["schema", "show"] })).toMatch(/needs one of print, check/);
    expect(problemOf({ file: "x.md", line: 1, program: "yhdyspinta", words: ["token", "--rolle", "admin"] })).toMatch(/no option --rolle/);
    expect(problemOf({ file: "x.md", line: 1, program: "npm", words: ["run", "schema:write"] })).toMatch(/no npm script "schema:write"/);
  });
});

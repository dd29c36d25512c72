import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import MarkdownIt from "markdown-it";

/**
 * The user-facing documentation read by the docs tests: README.md and every docs/*.md, found by
 * listing the folder so that a new guide is checked without editing any test.
 */
export const repoRoot = resolve(__dirname, "..", "..", "..");

export function documentationFiles(): string[] {
  const docsDir = join(repoRoot, "docs");
  const docs = existsSync(docsDir)
    ? readdirSync(docsDir, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".md")).map((e) => join(docsDir, e.name)).sort()
    : [];
  return [join(repoRoot, "README.md"), ...docs];
}

/** One `<!-- example: ... -->` annotation on a GraphQL block (see docs-examples.test.ts for the keys). */
export interface ExampleAnnotation {
  key: string;
  value: string;
}

export interface GraphQLExample {
  /** Repository-relative path and 1-based line of the opening fence, for failure messages. */
  file: string;
  line: number;
  source: string;
  annotations: ExampleAnnotation[];
}

export interface CommandMention {
  file: string;
  line: number;
  /** The words after the program: `["token", "--role", "admin"]` or, for npm, `["run", "schema:print"]`. */
  program: "yhdyspinta" | "npm";
  words: string[];
}

// markdown-it parses the CommonMark structure (fences inside lists, ~~~ fences, HTML comment blocks)
// with a line map on every block, which a hand-written line scanner would get subtly wrong.
const markdown = new MarkdownIt({ html: true });

function tokensOf(file: string) {
  return markdown.parse(readFileSync(file, "utf8"), {});
}

const ANNOTATION = /^<!--\s*example:\s*([a-z-]+)\s*([\s\S]*?)\s*-->\s*$/;

/** Every ```graphql block with the `<!-- example: key value -->` comments directly above it. */
export function graphqlExamples(file: string): GraphQLExample[] {
  const tokens = tokensOf(file);
  const examples: GraphQLExample[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== "fence" || token.info.trim().split(/\s+/)[0] !== "graphql") return;
    const annotations: ExampleAnnotation[] = [];
    for (let j = i - 1; j >= 0 && tokens[j].type === "html_block"; j--) {
      const match = ANNOTATION.exec(tokens[j].content.trim());
      if (match) annotations.unshift({ key: match[1], value: match[2] });
    }
    examples.push({ file: relative(repoRoot, file), line: (token.map?.[0] ?? 0) + 1, source: token.content, annotations });
  });
  return examples;
}

const SHELL_FENCES = new Set(["sh", "bash", "shell", "console"]);
// `npx yhdyspinta x`, `node packages/cli/dist/main.js x`, a bare `yhdyspinta x` in code, and `npm x`.
const COMMAND = /(?:^|[\s;&|(=$`])(?:(?:npx\s+)?(yhdyspinta)|node\s+packages\/cli\/dist\/main\.js|(npm))\s+([^\n;&|)#`]*)/g;

function mentionsIn(text: string, file: string, line: number, out: CommandMention[]): void {
  text.split("\n").forEach((lineText, offset) => {
    for (const match of lineText.matchAll(COMMAND)) {
      const words = match[3].trim().split(/\s+/).filter(Boolean);
      out.push({ file: relative(repoRoot, file), line: line + offset, program: match[2] ? "npm" : "yhdyspinta", words });
    }
  });
}

/** Every command of the CLI or npm named in a shell block or an inline code span. */
export function commandMentions(file: string): CommandMention[] {
  const out: CommandMention[] = [];
  let line = 1; // table cells carry no line map: they take their row's
  for (const token of tokensOf(file)) {
    if (token.map) line = token.map[0] + 1;
    if (token.type === "fence" && SHELL_FENCES.has(token.info.trim().split(/\s+/)[0] ?? "")) mentionsIn(token.content, file, line + 1, out);
    if (token.type === "inline") {
      let offset = 0;
      for (const child of token.children ?? []) {
        if (child.type === "softbreak" || child.type === "hardbreak") offset++;
        if (child.type === "code_inline") mentionsIn(child.content, file, line + offset, out);
      }
    }
  }
  return out;
}

/** The first cell's code span of every row of the tables under the `## heading` section (e.g. README's "Command line"). */
export function tableCommands(file: string, heading: string): CommandMention[] {
  const tokens = tokensOf(file);
  const out: CommandMention[] = [];
  let inSection = false;
  let firstCell = false;
  let line = 0;
  tokens.forEach((token, i) => {
    if (token.type === "heading_open" && token.tag === "h2") inSection = tokens[i + 1]?.content.trim() === heading;
    if (!inSection) return;
    if (token.type === "tr_open") { firstCell = true; line = (token.map?.[0] ?? 0) + 1; }
    if (token.type === "td_open" && firstCell) {
      firstCell = false;
      const code = tokens[i + 1]?.children?.find((c) => c.type === "code_inline");
      if (code) out.push({ file: relative(repoRoot, file), line, program: "yhdyspinta", words: code.content.trim().split(/\s+/) });
    }
  });
  return out;
}

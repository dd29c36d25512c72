import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import MarkdownIt from "markdown-it";
import ts from "typescript";
import { scaffoldRegionPlugin } from "@yhdyspinta/cli";

/*
 * Every ```ts / ```typescript block of docs/plugins.md type-checks, as a reader would use it: on top
 * of the plug-in that `region new` scaffolds (the `<!-- scaffold-example: name regions -->` one),
 * each block written to the file its first line names (`// src/project/project.entity.ts`; a block
 * without one to src/doc-block-<line>.ts), compiled with the repository's compiler options against
 * the sources of the workspace packages. Plug-in code (src/) may import only `@yhdyspinta/core`, the
 * peer dependencies and its own files; tests also `@yhdyspinta/testing`. A block that is deliberately
 * a fragment (class members, say) is marked `<!-- fragment: reason -->` just above it and skipped.
 */
const repoRoot = resolve(__dirname, "..", "..", "..");
const DOC = join(repoRoot, "docs", "plugins.md");
// Inside the repository (so node_modules resolve) but outside regions/, so no other test sees the package.
const workDir = join(repoRoot, ".yhdyspinta", `plugins-doc-${randomBytes(4).toString("hex")}`);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface Block { line: number; code: string; path: string; fragment?: string }

/** The TypeScript blocks in document order; `line` is the 1-based line of the opening fence. */
function typescriptBlocks(markdown: string): Block[] {
  const tokens = new MarkdownIt({ html: true }).parse(markdown, {});
  const blocks: Block[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== "fence" || !["ts", "typescript"].includes(token.info.trim().split(/\s+/)[0] ?? "")) return;
    const line = (token.map?.[0] ?? 0) + 1;
    const previous = tokens[i - 1];
    const fragment = previous?.type === "html_block" ? /^<!--\s*fragment:?\s*([\s\S]*?)\s*-->\s*$/.exec(previous.content.trim()) : null;
    const named = /^\/\/ ((?:src|test)\/[\w./-]+\.ts)\n/.exec(token.content);
    blocks.push({ line, code: token.content, path: named ? named[1] : `src/doc-block-${line}.ts`, fragment: fragment?.[1] });
  });
  return blocks;
}

const PEERS = ["@yhdyspinta/core", "type-graphql", "typeorm", "class-validator", "graphql"];
/** Imports a block may not use: plug-in code sees only the public API (as the layering test demands of regions/). */
function forbiddenImports(block: Block): string[] {
  const allowed = block.path.startsWith("test/") ? [...PEERS, "@yhdyspinta/testing"] : PEERS;
  return ts.preProcessFile(block.code, true, true).importedFiles.map((f) => f.fileName)
    .filter((name) => !name.startsWith(".") && !allowed.includes(name));
}

/** The repository's compiler options, with every workspace package resolved to its sources (as jest does). */
function compilerOptions(): ts.CompilerOptions {
  const base = ts.readConfigFile(join(repoRoot, "tsconfig.base.json"), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(base, ts.sys, workDir);
  const sources = (pkg: string, file = "index.ts") => [join(repoRoot, "packages", pkg, "src", file)];
  return {
    ...options, noEmit: true, composite: false, declaration: false, declarationMap: false, sourceMap: false, incremental: false,
    paths: {
      "@yhdyspinta/core": sources("core"), "@yhdyspinta/core/internal": sources("core", "internal.ts"),
      "@yhdyspinta/server": sources("server"), "@yhdyspinta/testing": sources("testing"), "@yhdyspinta/cli": sources("cli"),
    },
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => join(e.parentPath, e.name));
}

describe("the TypeScript of docs/plugins.md", () => {
  const markdown = readFileSync(DOC, "utf8");
  const blocks = typescriptBlocks(markdown);
  const checked = blocks.filter((b) => b.fragment === undefined);

  it("is found, with few fragments, each saying why, and one block per file", () => {
    expect(checked.length).toBeGreaterThanOrEqual(8);
    expect(blocks.filter((b) => b.fragment === "").map((b) => `docs/plugins.md:${b.line}: <!-- fragment: reason --> needs its reason`)).toEqual([]);
    expect(blocks.length - checked.length).toBeLessThanOrEqual(3);
    const paths = checked.map((b) => b.path);
    expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
  });

  it("imports only the public plug-in API and the peer dependencies", () => {
    expect(checked.flatMap((b) => forbiddenImports(b).map((name) => `docs/plugins.md:${b.line} (${b.path}) imports ${name}`))).toEqual([]);
  });

  it("compiles on top of the scaffolded plug-in, and a name the public API does not export fails", () => {
    const [, name, regions] = /<!-- scaffold-example: ([a-z-]+) (\S+) -->/.exec(markdown)!;
    const target = join(workDir, name);
    scaffoldRegionPlugin({ name, regions: regions.split(","), repoRoot, targetDir: target });

    // The scaffold names its migration by the time it ran; the doc shows one such time, so the file takes the doc's.
    const scaffolded = readdirSync(join(target, "src", "migrations")).find((f) => f.endsWith(`-${name}.ts`))!;
    const docStamp = new RegExp(`migrations/(\\d+)-${name}"`).exec(markdown)?.[1];
    if (docStamp) {
      const stamp = scaffolded.split("-")[0]!;
      const file = join(target, "src", "migrations", scaffolded);
      writeFileSync(file, readFileSync(file, "utf8").split(stamp).join(docStamp));
      renameSync(file, join(target, "src", "migrations", `${docStamp}-${name}.ts`));
    }

    const byFile = new Map<string, Block>();
    for (const block of checked) {
      const file = join(target, block.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, block.code);
      byFile.set(file, block);
    }
    // The guard's own check: a name only @yhdyspinta/core/internal exports must not compile.
    const probe = join(workDir, "probe.ts");
    writeFileSync(probe, `import { tablePrefixOf } from "@yhdyspinta/core";\nexport const prefix = tablePrefixOf("x");\n`);

    const program = ts.createProgram([...filesUnder(target), probe], compilerOptions());
    const where = (d: ts.Diagnostic) => {
      if (!d.file) return "";
      const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
      const block = byFile.get(resolve(d.file.fileName));
      return block ? `docs/plugins.md:${block.line + 1 + line} (${block.path}): ` : `${relative(repoRoot, d.file.fileName)}:${line + 1}: `;
    };
    const diagnostics = ts.getPreEmitDiagnostics(program);
    const problems = diagnostics.filter((d) => resolve(d.file?.fileName ?? "") !== probe)
      .map((d) => `${where(d)}TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(problems).toEqual([]);
    // TS2305: module has no exported member.
    expect(diagnostics.filter((d) => resolve(d.file?.fileName ?? "") === probe).map((d) => d.code)).toEqual([2305]);
  }, 120_000);
});

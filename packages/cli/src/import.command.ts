import { readFileSync } from "node:fs";
import { importCsv, ImportFileError, CsvSyntaxError, type ImportKind, type ImportReport } from "@yhdyspinta/core/internal";
import { createContext, loadDatabaseConfig, openDatabase } from "@yhdyspinta/server";

/** A one-line progress bar, redrawn in place; only on a terminal, so logs and pipes stay clean. */
function progressBar(stream: NodeJS.WriteStream) {
  if (!stream.isTTY) return undefined;
  let last = -1;
  return (done: number, total: number) => {
    const percent = Math.floor((done / total) * 100);
    if (percent === last && done !== total) return;
    last = percent;
    const width = 30;
    const filled = Math.round((done / total) * width);
    stream.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total} ${percent}%${done === total ? "\n" : ""}`);
  };
}

export function formatReport(report: ImportReport, file: string): string {
  const lines = [
    `${file}: ${report.rows} rows, ${report.inserted} inserted, ${report.updated} updated, ${report.rejected.length} rejected` +
      (report.written ? "" : " (nothing written)"),
  ];
  for (const r of report.rejected) lines.push(`  line ${r.line}: ${r.reasons.join("; ")}`);
  return `${lines.join("\n")}\n`;
}

export async function runImport(args: string[]): Promise<number> {
  const [kind, file] = args;
  if ((kind !== "organisations" && kind !== "activities") || !file) {
    process.stderr.write("Usage: yhdyspinta import organisations|activities FILE.csv [--all-or-nothing] [--dry-run]\n");
    return 2;
  }
  const text = readFileSync(file, "utf8");
  const db = await openDatabase({ ...loadDatabaseConfig(), seed: "none" });
  try {
    const ctx = createContext(db.dataSource, db.reference);
    const report = await importCsv(ctx, kind as ImportKind, text, {
      allOrNothing: args.includes("--all-or-nothing"),
      dryRun: args.includes("--dry-run"),
      onProgress: progressBar(process.stderr),
    });
    process.stdout.write(formatReport(report, file));
    return report.rejected.length ? 1 : 0;
  } catch (error) {
    if (error instanceof ImportFileError || error instanceof CsvSyntaxError) {
      process.stderr.write(`${file}: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

/**
 * An RFC 4180 CSV reader: comma-separated fields, fields in double quotes may hold commas, line
 * breaks and doubled quotes (""), records end in CRLF or LF. A UTF-8 byte order mark (Excel writes
 * one) is dropped. Each record carries the line it starts on, for error reports.
 */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(`line ${line}: ${message}`);
  }
}

export function parseCsv(text: string, delimiter = ","): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let field = "";
  let recordLine = 1;
  let quotedField = false;
  const n = text.length;

  const endField = () => { fields.push(field); field = ""; quotedField = false; };
  const endRecord = () => {
    endField();
    // A blank line is not a record (RFC 4180 does not define one; spreadsheets leave them).
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: recordLine, fields });
    fields = [];
  };

  while (i < n) {
    const c = text[i];
    if (c === '"' && field === "" && !quotedField) {
      // Quoted field: read up to the closing quote; "" is one quote.
      const startLine = line;
      i++;
      for (;;) {
        if (i >= n) throw new CsvSyntaxError("quoted field is not closed", startLine);
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        if (q === "\n") line++;
        field += q;
        i++;
      }
      quotedField = true;
      const next = text[i];
      if (i < n && next !== delimiter && next !== "\n" && next !== "\r") {
        throw new CsvSyntaxError(`unexpected ${JSON.stringify(next)} after a closing quote`, line);
      }
      continue;
    }
    if (c === delimiter) { endField(); i++; continue; }
    if (c === "\r" || c === "\n") {
      endRecord();
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (c === '"') throw new CsvSyntaxError("a quote inside an unquoted field (quote the whole field and double the quote)", line);
    if (quotedField) throw new CsvSyntaxError("text after a closing quote", line);
    field += c;
    i++;
  }
  if (field !== "" || fields.length > 0 || quotedField) endRecord();
  return records;
}

/** Records as objects keyed by the header row's names (trimmed). Extra or missing fields are errors of that row. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
  error?: string;
}

export function csvRows(text: string): { header: string[]; rows: CsvRow[] } {
  const [head, ...records] = parseCsv(text);
  if (!head) return { header: [], rows: [] };
  const header = head.fields.map((h) => h.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (name === "") throw new CsvSyntaxError("empty column name in the header", head.line);
    if (seen.has(name)) throw new CsvSyntaxError(`column "${name}" appears twice in the header`, head.line);
    seen.add(name);
  }
  const rows = records.map((r): CsvRow => {
    const values: Record<string, string> = {};
    header.forEach((name, k) => { values[name] = r.fields[k] ?? ""; });
    const error = r.fields.length !== header.length ? `has ${r.fields.length} fields, the header has ${header.length}` : undefined;
    return { line: r.line, values, error };
  });
  return { header, rows };
}

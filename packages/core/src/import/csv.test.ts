import { csvRows, CsvSyntaxError, parseCsv } from "./csv";

describe("parseCsv (RFC 4180)", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF", () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\nplain,,"" \n';
    // The last record's third field is an empty quoted field followed by a space: a syntax error.
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError);
    const ok = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\nplain,,""\n';
    expect(parseCsv(ok)).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["x, y", 'say "hi"', "two\r\nlines"] },
      { line: 4, fields: ["plain", "", ""] },
    ]);
  });

  it("drops a byte order mark and blank lines, and keeps a last record without a newline", () => {
    expect(parseCsv("\uFEFFh1,h2\n\n1,2")).toEqual([{ line: 1, fields: ["h1", "h2"] }, { line: 3, fields: ["1", "2"] }]);
  });

  it("keeps an empty last field and whitespace inside fields", () => {
    expect(parseCsv("a, b ,\n")).toEqual([{ line: 1, fields: ["a", " b ", ""] }]);
  });

  it("reports an unclosed quote and a stray quote with their line numbers", () => {
    expect(() => parseCsv('a\n"open\nstill open')).toThrow("line 2: quoted field is not closed");
    expect(() => parseCsv('a\nx"y\n')).toThrow("line 2: a quote inside an unquoted field");
  });
});

describe("csvRows", () => {
  it("keys fields by header and flags rows with the wrong number of fields", () => {
    const { header, rows } = csvRows("name,code\nA,1\nB\nC,3,extra\n");
    expect(header).toEqual(["name", "code"]);
    expect(rows[0]).toEqual({ line: 2, values: { name: "A", code: "1" }, error: undefined });
    expect(rows[1].error).toBe("has 1 fields, the header has 2");
    expect(rows[2].error).toBe("has 3 fields, the header has 2");
  });

  it("refuses a header with a duplicate column", () => {
    expect(() => csvRows("a,a\n1,2\n")).toThrow('column "a" appears twice');
  });
});

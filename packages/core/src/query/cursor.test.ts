import { decodeCursor, encodeCursor, type Ordering } from "./pagination";

const BY_NAME: Ordering = { name: "name", keys: [{ sql: "t.name_fi", type: "text" }, { sql: "t.id", type: "int" }] };
const BY_EVENT: Ordering = { name: "event", keys: [{ sql: "t.position", type: "bigint" }] };
const BY_RANK: Ordering = { name: "rank", keys: [{ sql: "rank", type: "real" }, { sql: "t.due", type: "date" }, { sql: "t.id", type: "int" }] };

const BY_CHANGE: Ordering = { name: "change", keys: [{ sql: "t.updated_at", type: "timestamptz" }, { sql: "t.id", type: "int" }] };

const invalid = { extensions: { code: "BAD_USER_INPUT", field: "after", reason: "INVALID_CURSOR" } };

function refusal(ordering: Ordering, cursor: string): unknown {
  try {
    decodeCursor(ordering, cursor);
  } catch (error) {
    return error;
  }
  return "accepted";
}

describe("keyset cursors", () => {
  it("give back the key values they were made from, for every key type", () => {
    const cases: [Ordering, unknown[]][] = [
      [BY_NAME, ["Åbo Akademi – ääkköset", 42]],
      [BY_NAME, [null, 1]],
      [BY_EVENT, ["900719925474099312"]],
      [BY_RANK, [0.0607927, "2026-03-31", 7]],
      // timestamptz keys keep PostgreSQL's text form, microseconds included (a JS Date would drop them).
      [BY_CHANGE, ["2026-11-30 14:05:09.123456+02", 3]],
      [BY_CHANGE, ["9999-12-31 02:00:00+02", 3]],
    ];
    for (const [ordering, values] of cases) expect(decodeCursor(ordering, encodeCursor(ordering, values))).toEqual(values);
  });

  it("are opaque URL-safe text", () => {
    expect(encodeCursor(BY_NAME, ["Ä/ö+?", 1])).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("refuse a cursor of another ordering, even with values of the right shape", () => {
    const byOtherName: Ordering = { ...BY_NAME, name: "other" };
    expect(refusal(BY_NAME, encodeCursor(byOtherName, ["x", 1]))).toMatchObject(invalid);
  });

  it("refuse values of the wrong number or type", () => {
    expect(refusal(BY_NAME, encodeCursor(BY_NAME, ["x"]))).toMatchObject(invalid);
    expect(refusal(BY_NAME, encodeCursor(BY_NAME, ["x", 1, 2]))).toMatchObject(invalid);
    expect(refusal(BY_NAME, encodeCursor(BY_NAME, ["x", 1.5]))).toMatchObject(invalid);
    expect(refusal(BY_NAME, encodeCursor(BY_NAME, [1, 1]))).toMatchObject(invalid);
    // bigint keys travel as decimal strings: a (lossy) number is refused.
    expect(refusal(BY_EVENT, encodeCursor(BY_EVENT, [12]))).toMatchObject(invalid);
    expect(refusal(BY_EVENT, encodeCursor(BY_EVENT, ["-1"]))).toMatchObject(invalid);
    expect(refusal(BY_RANK, encodeCursor(BY_RANK, [Number.NaN, "2026-01-01", 1]))).toMatchObject(invalid);
    expect(refusal(BY_CHANGE, encodeCursor(BY_CHANGE, ["2026-13-45 99:00:00+02", 1]))).toMatchObject(invalid);
    expect(refusal(BY_CHANGE, encodeCursor(BY_CHANGE, ["yesterday", 1]))).toMatchObject(invalid);
  });

  it("refuse text that is not a cursor", () => {
    for (const text of ["", "not a cursor", "%%%", Buffer.from("{\"a\":1}").toString("base64url"), Buffer.from("[\"name\"").toString("base64url")]) {
      expect(refusal(BY_NAME, text)).toMatchObject(invalid);
    }
  });
});

import "reflect-metadata";
import { hydrator } from "./connection-loader";

class Row {
  dbId: number;
  name: string;
  get id(): string {
    return `Row:${this.dbId}`;
  }
}

describe("hydrator", () => {
  it("copies every column when used directly as an Array.map callback (plug-ins do)", () => {
    const rows = [{ dbId: 1, name: "a" }, { dbId: 2, name: "b" }].map(hydrator(Row));
    expect(rows.map((r) => [r.id, r.name])).toEqual([["Row:1", "a"], ["Row:2", "b"]]);
    expect(rows[0]).toBeInstanceOf(Row);
  });

  it("copies only the given columns when a statement names them", () => {
    const row = hydrator(Row)({ dbId: 3, name: "c", __k0: "x" }, ["dbId", "name"]);
    expect(row).toEqual(Object.assign(new Row(), { dbId: 3, name: "c" }));
  });
});

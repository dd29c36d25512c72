import { satisfiesVersionRange } from "./version-range";

describe("satisfiesVersionRange", () => {
  it.each([
    ["0.1.0", "^0.1.0", true],
    ["0.1.9", "^0.1.0", true],
    ["0.2.0", "^0.1.0", false],
    ["0.0.9", "^0.1.0", false],
    ["1.4.2", "^1.2.0", true],
    ["2.0.0", "^1.2.0", false],
    ["0.0.3", "^0.0.3", true],
    ["0.0.4", "^0.0.3", false],
    ["1.2.9", "~1.2.3", true],
    ["1.3.0", "~1.2.3", false],
    ["1.2.2", "~1.2.3", false],
    ["0.1.0", "0.1.0", true],
    ["0.1.1", "0.1.0", false],
    ["3.0.0", ">=0.1.0", true],
    ["0.3.0", "^0.1.0 || ^0.3.0", true],
  ])("%s in %s is %s", (version, range, expected) => {
    expect(satisfiesVersionRange(version, range)).toBe(expected);
  });

  it("refuses ranges it cannot read instead of guessing", () => {
    expect(() => satisfiesVersionRange("0.1.0", "latest")).toThrow(/unsupported version range/);
    expect(() => satisfiesVersionRange("0.1", "^0.1.0")).toThrow(/not a version/);
  });
});

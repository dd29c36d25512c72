/**
 * The small part of semver that plug-ins need: `^x.y.z`, `~x.y.z`, `x.y.z` (exact), `>=x.y.z`,
 * and alternatives joined by `||`. Pre-release tags are not supported (the core has none).
 */
type Version = [number, number, number];

function parseVersion(text: string): Version | null {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function compare(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** Upper bound (exclusive) of a caret range: the first version that changes the left-most non-zero part. */
function caretCeiling([major, minor, patch]: Version): Version {
  if (major > 0) return [major + 1, 0, 0];
  if (minor > 0) return [0, minor + 1, 0];
  return [0, 0, patch + 1];
}

function satisfiesOne(version: Version, range: string): boolean {
  const m = /^(\^|~|>=|=)?\s*(\d+\.\d+\.\d+)$/.exec(range.trim());
  if (!m) throw new Error(`unsupported version range "${range}" (use ^x.y.z, ~x.y.z, >=x.y.z or x.y.z)`);
  const base = parseVersion(m[2])!;
  switch (m[1]) {
    case "^":
      return compare(version, base) >= 0 && compare(version, caretCeiling(base)) < 0;
    case "~":
      return compare(version, base) >= 0 && compare(version, [base[0], base[1] + 1, 0]) < 0;
    case ">=":
      return compare(version, base) >= 0;
    default:
      return compare(version, base) === 0;
  }
}

/** True when `version` lies in `range`; throws on a range it cannot read. */
export function satisfiesVersionRange(version: string, range: string): boolean {
  const v = parseVersion(version);
  if (!v) throw new Error(`"${version}" is not a version x.y.z`);
  return range.split("||").some((part) => satisfiesOne(v, part));
}

/**
 * What an example's answer shows nothing of: null root fields, and lists or `totalCount`s that are
 * empty wherever they occur. Paths drop list indices, so a nested list empty under one parent but
 * filled under another is fine (not every organisation has activities).
 */
export function emptyParts(data: Record<string, unknown>): string[] {
  const filled = new Map<string, boolean>();
  const note = (path: string, nonEmpty: boolean) => filled.set(path, (filled.get(path) ?? false) || nonEmpty);
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      note(path, value.length > 0);
      for (const item of value) walk(item, `${path}[]`);
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value)) {
        const childPath = path ? `${path}.${key}` : key;
        if (key === "totalCount" && typeof child === "number") note(childPath, child > 0);
        else walk(child, childPath);
      }
    }
  };
  walk(data, "");
  const nullRoots = Object.entries(data).filter(([, v]) => v === null).map(([k]) => `${k} is null`);
  return [...nullRoots, ...[...filled].filter(([, nonEmpty]) => !nonEmpty).map(([path]) => `${path} is empty`)];
}

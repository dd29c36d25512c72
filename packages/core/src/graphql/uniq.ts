/** Input lists are sets: duplicates are dropped, the first occurrence's order kept. */
export function uniq<T>(values: readonly T[] | null | undefined): T[] {
  return [...new Set(values ?? [])];
}

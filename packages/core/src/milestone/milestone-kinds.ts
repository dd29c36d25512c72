/**
 * Milestone kinds are open-ended: the core knows the national reform steps, and each enabled
 * region plug-in registers its own (e.g. "PARTNERSHIP_TABLE_MEETING"). Kinds are validated
 * against this registry rather than a GraphQL enum, so a plug-in never changes a core enum.
 */
export const CORE_MILESTONE_KINDS = [
  "LAW_PASSED", "LAW_IN_FORCE", "REGIONAL_ELECTION", "COUNCIL_STARTED", "ORGANISING_RESPONSIBILITY",
  "STRATEGY_APPROVED", "SERVICE_STRATEGY_APPROVED", "NGO_HEARING", "COMMITTEE_FOUNDED", "COOPERATION_AGREEMENT", "OTHER",
] as const;

const kinds = new Map<string, string>(CORE_MILESTONE_KINDS.map((k) => [k, "core"]));

/** Registers kinds on behalf of `source` (a plug-in name). A kind owned by another source is a clash. */
export function registerMilestoneKinds(source: string, newKinds: readonly string[]): void {
  for (const kind of newKinds) {
    if (!/^[A-Z][A-Z0-9_]{1,63}$/.test(kind)) throw new Error(`${source}: milestone kind "${kind}" must be UPPER_SNAKE_CASE`);
    const owner = kinds.get(kind);
    if (owner && owner !== source) throw new Error(`${source}: milestone kind "${kind}" is already registered by ${owner}`);
    kinds.set(kind, source);
  }
}

export function isKnownMilestoneKind(kind: string): boolean {
  return kinds.has(kind);
}

export function knownMilestoneKinds(): string[] {
  return [...kinds.keys()].sort();
}

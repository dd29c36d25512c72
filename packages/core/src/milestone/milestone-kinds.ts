import { CORE_VOCABULARIES } from "../vocabulary/core-vocabularies";
import { isKnownCode, registerVocabulary, vocabularyEntries } from "../vocabulary/vocabulary-registry";

/**
 * Milestone kinds are open-ended: the core knows the national reform steps (and the kinds reform
 * events of cooperation bodies use), each enabled region plug-in registers its own. They live in
 * the `milestoneKinds` vocabulary (vocabulary/vocabulary-registry.ts), with fi/sv/en labels.
 */
export const CORE_MILESTONE_KINDS: readonly string[] = CORE_VOCABULARIES.milestoneKinds.map((k) => k.code);

/** Registers kinds on behalf of `source` (a plug-in name), without labels (the code is the label until given). */
export function registerMilestoneKinds(source: string, newKinds: readonly string[]): void {
  registerVocabulary(source, "milestoneKinds", newKinds);
}

export function isKnownMilestoneKind(kind: string): boolean {
  return isKnownCode("milestoneKinds", kind);
}

export function knownMilestoneKinds(): string[] {
  return vocabularyEntries("milestoneKinds").map((e) => e.code);
}

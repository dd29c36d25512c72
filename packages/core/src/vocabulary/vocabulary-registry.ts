import { Reason } from "../errors/error-reasons";
import { UserInputError } from "../errors/errors";
import { CORE_VOCABULARIES } from "./core-vocabularies";

/**
 * Open vocabularies: code lists the core starts and region plug-ins extend (kinds of cooperation
 * bodies, member roles, contact role types, milestone kinds, document and output kinds). One
 * registry for all of them, so every list is extended, validated and labelled the same way.
 * Codes are UPPER_SNAKE_CASE and stored as text (a CHECK on the shape), never a GraphQL enum, so a
 * plug-in never changes a core enum.
 */

export const VOCABULARY_NAMES = [
  "cooperationBodyKinds", "memberRoles", "contactRoleTypes", "milestoneKinds", "documentKinds", "outputKinds",
] as const;
export type VocabularyName = (typeof VOCABULARY_NAMES)[number];

/** Labels of a code; Finnish is required, Swedish and English fall back to Finnish. */
export interface VocabularyLabels {
  fi: string;
  sv?: string | null;
  en?: string | null;
}

/** One value a plug-in adds: `{ code: "PARTNERSHIP_TABLE_MEETING", labels: { fi, sv, en } }`. */
export interface VocabularyValue {
  code: string;
  labels: VocabularyLabels;
}

export interface VocabularyEntry extends VocabularyValue {
  /** "core" or the plug-in's name. */
  source: string;
}

const CODE = /^[A-Z][A-Z0-9_]{1,63}$/;
/** How start-up errors name a value of each vocabulary. */
const NOUN: { [N in VocabularyName]: string } = {
  cooperationBodyKinds: "cooperation body kind", memberRoles: "member role", contactRoleTypes: "contact role type",
  milestoneKinds: "milestone kind", documentKinds: "document kind", outputKinds: "output kind",
};
const registry = new Map<VocabularyName, Map<string, VocabularyEntry>>(VOCABULARY_NAMES.map((n) => [n, new Map()]));

export function isVocabularyName(name: string): name is VocabularyName {
  return (VOCABULARY_NAMES as readonly string[]).includes(name);
}

/**
 * Adds values to a vocabulary on behalf of `source` ("core" or a plug-in name). A code owned by
 * another source is a clash; the same source may register a code again (e.g. first without labels
 * through the old `milestoneKinds: string[]`, then with labels), the last labels win.
 */
export function registerVocabulary(source: string, name: VocabularyName, values: readonly (VocabularyValue | string)[]): void {
  const entries = registry.get(name);
  if (!entries) throw new Error(`${source}: unknown vocabulary "${String(name)}"`);
  for (const value of values) {
    const { code, labels } = typeof value === "string" ? { code: value, labels: undefined } : value;
    if (typeof code !== "string" || !CODE.test(code)) throw new Error(`${source}: ${NOUN[name]} "${String(code)}" must be UPPER_SNAKE_CASE`);
    if (labels !== undefined && (typeof labels?.fi !== "string" || !labels.fi.trim())) {
      throw new Error(`${source}: ${NOUN[name]} "${code}" needs a Finnish label (labels.fi)`);
    }
    const owner = entries.get(code);
    if (owner && owner.source !== source) throw new Error(`${source}: ${NOUN[name]} "${code}" is already registered by ${owner.source}`);
    // A bare code keeps labels given earlier; without any, the code itself is its label.
    entries.set(code, { code, source, labels: labels ?? owner?.labels ?? { fi: code } });
  }
}

export function isKnownCode(name: VocabularyName, code: string): boolean {
  return registry.get(name)!.has(code);
}

/** The vocabulary's entries, sorted by code. */
export function vocabularyEntries(name: VocabularyName): VocabularyEntry[] {
  return [...registry.get(name)!.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The label in a language ("FI", "SV", "EN"; others fall back to Finnish); the code itself when unknown. */
export function vocabularyLabel(name: VocabularyName, code: string, language: string = "FI"): string {
  const entry = registry.get(name)!.get(code);
  if (!entry) return code;
  const lang = language.toLowerCase() as "fi" | "sv" | "en";
  return (lang === "sv" || lang === "en" ? entry.labels[lang] : null) || entry.labels.fi;
}

/** Forgets what plug-ins registered (tests that activate plug-ins several times in one process). */
export function resetPluginVocabularies(): void {
  for (const entries of registry.values()) {
    for (const [code, entry] of entries) if (entry.source !== "core") entries.delete(code);
  }
}

for (const name of VOCABULARY_NAMES) registerVocabulary("core", name, CORE_VOCABULARIES[name]);

/** The code when the vocabulary has it, else BAD_USER_INPUT / UNKNOWN_CODE naming the field. */
export function requireKnownCode(name: VocabularyName, code: string, field: string): string {
  if (!isKnownCode(name, code)) {
    throw new UserInputError(`Unknown ${NOUN[name]} "${code.slice(0, 64)}"`, { field, reason: Reason.UNKNOWN_CODE });
  }
  return code;
}

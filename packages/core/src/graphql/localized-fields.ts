import { Arg, Field } from "type-graphql";
import { Columns } from "../query/projection";
import { Column } from "typeorm";
import { Language } from "./enums";
import { LocalizedString, LocalizedText } from "./graphql-types";
import { localizedString, localizedText, pickLanguage } from "./localized";
import type { LanguageValue } from "../vocabulary/vocabulary";

/** The columns of a localised text `<prefix>`: Finnish always, Swedish and English when known. */
export type LocalizedColumns<P extends string> = { [K in `${P}Fi`]: string } & { [K in `${P}Sv` | `${P}En`]: string | null };
/** The columns of an optional localised text: no Finnish text means no text at all. */
export type OptionalLocalizedColumns<P extends string> = { [K in `${P}Fi` | `${P}Sv` | `${P}En`]: string | null };

export interface LocalizedFieldSpec {
  /** The GraphQL field and column prefix: "name" reads columns name_fi, name_sv, name_en. */
  prefix: string;
  /** Null when there is no Finnish text (all three fields are then nullable). */
  optional?: boolean;
  description?: string;
  /** The class declares the language columns itself (reference tables: their own column types). */
  ownColumns?: boolean;
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Gives an entity class its localised texts, once instead of a copy per entity: for each prefix the
 * TypeORM columns `<prefix>Fi/Sv/En`, the fields `<prefix>(language: Language = FI): String`,
 * `<prefix>In(language: Language = FI): LocalizedString` (the text with the language it is in, so a
 * front end can mark a Finnish fallback) and `<prefix>s: LocalizedText` (all three as stored;
 * nullable when optional). The fields are declared on the class itself (not a
 * superclass), so they resolve exactly as hand-written ones, fast paths included. Declare the
 * column types with an interface of the same name: `interface X extends LocalizedColumns<"name"> {}`.
 * Put it below the other class decorators, so it runs first.
 */
export function LocalizedFields(...specs: LocalizedFieldSpec[]): ClassDecorator {
  return (target) => {
    const proto = target.prototype as Record<string, unknown>;
    for (const { prefix, optional = false, description, ownColumns = false } of specs) {
      const column = snake(prefix);
      if (!ownColumns) {
        Column({ name: `${column}_fi`, type: "text", nullable: optional })(proto, `${prefix}Fi`);
        Column({ name: `${column}_sv`, type: "text", nullable: true })(proto, `${prefix}Sv`);
        Column({ name: `${column}_en`, type: "text", nullable: true })(proto, `${prefix}En`);
      }

      const pick = optional
        ? function (this: OptionalLocalizedColumns<string>, language: LanguageValue): string | null {
          return this[`${prefix}Fi`] === null ? null : pickLanguage(this as LocalizedColumns<string>, prefix, language);
        }
        : function (this: LocalizedColumns<string>, language: LanguageValue): string {
          return pickLanguage(this, prefix, language);
        };
      Object.defineProperty(proto, prefix, { value: pick, writable: true, configurable: true });
      Arg("language", () => Language, { defaultValue: "FI" })(proto, prefix, 0);
      Field(() => String, { nullable: optional, description })(proto, prefix, Object.getOwnPropertyDescriptor(proto, prefix)!);
      // Both fields read the three language columns, so a list that selects one loads just those.
      const reads = [`${prefix}Fi`, `${prefix}Sv`, `${prefix}En`];
      Columns(...reads)(proto, prefix, Object.getOwnPropertyDescriptor(proto, prefix)!);

      const inLanguage = `${prefix}In`;
      Object.defineProperty(proto, inLanguage, {
        value(this: OptionalLocalizedColumns<string>, language: LanguageValue): LocalizedString | null {
          return this[`${prefix}Fi`] === null ? null : localizedString(this as LocalizedColumns<string>, prefix, language);
        },
        writable: true, configurable: true,
      });
      Arg("language", () => Language, { defaultValue: "FI" })(proto, inLanguage, 0);
      Field(() => LocalizedString, {
        nullable: optional,
        description: `\`${prefix}\` in the language asked for, or in Finnish when the record lacks it (\`isFallback\`).`,
      })(proto, inLanguage, Object.getOwnPropertyDescriptor(proto, inLanguage)!);
      Columns(...reads)(proto, inLanguage, Object.getOwnPropertyDescriptor(proto, inLanguage)!);

      const plural = `${prefix}s`;
      Object.defineProperty(proto, plural, {
        get(this: OptionalLocalizedColumns<string>) { return this[`${prefix}Fi`] === null ? null : localizedText(this as LocalizedColumns<string>, prefix); },
        configurable: true,
      });
      Field(() => LocalizedText, { nullable: optional })(proto, plural, Object.getOwnPropertyDescriptor(proto, plural)!);
      Columns(...reads)(proto, plural, Object.getOwnPropertyDescriptor(proto, plural)!);
    }
  };
}

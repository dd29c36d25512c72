import type { LanguageValue } from "../vocabulary/vocabulary";
import type { LocalizedText } from "./graphql-types";

type Localizable<P extends string> = { [K in `${P}Fi`]: string } & { [K in `${P}Sv` | `${P}En`]: string | null };

/** Finnish is the one language every record has; Swedish and English fall back to it. */
export function pickLanguage<P extends string>(row: Localizable<P>, prefix: P, language: LanguageValue): string {
  const r = row as unknown as Record<string, string | null>;
  const wanted = language === "SV" ? r[`${prefix}Sv`] : language === "EN" ? r[`${prefix}En`] : null;
  return wanted || (r[`${prefix}Fi`] as string);
}

export function localizedText<P extends string>(row: Localizable<P>, prefix: P): LocalizedText {
  const r = row as unknown as Record<string, string | null>;
  return { fi: r[`${prefix}Fi`] as string, sv: r[`${prefix}Sv`] ?? null, en: r[`${prefix}En`] ?? null };
}

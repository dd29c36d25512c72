import type { LanguageValue } from "../vocabulary/vocabulary";
import type { LocalizedString, LocalizedText } from "./graphql-types";

type Localizable<P extends string> = { [K in `${P}Fi`]: string } & { [K in `${P}Sv` | `${P}En`]: string | null };

/** Finnish is the one language every record has; Swedish and English fall back to it. */
export function pickLanguage<P extends string>(row: Localizable<P>, prefix: P, language: LanguageValue): string {
  const r = row as unknown as Record<string, string | null>;
  const wanted = language === "SV" ? r[`${prefix}Sv`] : language === "EN" ? r[`${prefix}En`] : null;
  return wanted || (r[`${prefix}Fi`] as string);
}

/** The text `pickLanguage` gives, with the language it is in, so a front end can mark a fallback. */
export function localizedString<P extends string>(row: Localizable<P>, prefix: P, language: LanguageValue): LocalizedString {
  const text = pickLanguage(row, prefix, language);
  const r = row as unknown as Record<string, string | null>;
  const given = language === "SV" || language === "EN" ? (r[`${prefix}${language === "SV" ? "Sv" : "En"}`] ? language : "FI") : "FI";
  return { text, language: given, isFallback: given !== language };
}

export function localizedText<P extends string>(row: Localizable<P>, prefix: P): LocalizedText {
  const r = row as unknown as Record<string, string | null>;
  return { fi: r[`${prefix}Fi`] as string, sv: r[`${prefix}Sv`] ?? null, en: r[`${prefix}En`] ?? null };
}

import { IsOptional, Length, MaxLength } from "class-validator";
import { Field } from "type-graphql";
import { notBlank } from "./input-fields";

/** The input fields of a localised text whose Finnish is required (a create input's name). */
export type LocalizedInput<P extends string> = { [K in `${P}Fi`]: string } & { [K in `${P}Sv` | `${P}En`]?: string | null };
/** The input fields of a localised text that may be omitted or cleared in every language. */
export type OptionalLocalizedInput<P extends string> = { [K in `${P}Fi` | `${P}Sv` | `${P}En`]?: string | null };

export interface LocalizedInputSpec {
  /** "name" gives the input fields nameFi, nameSv and nameEn. */
  prefix: string;
  /** Longest text accepted in any language. */
  maxLength: number;
  /** Texts may not be empty or blank (names, titles); descriptions may. */
  nonEmpty?: boolean;
  /** The Finnish text must be given (create inputs); the other two languages are always optional. */
  finnishRequired?: boolean;
}

/**
 * Gives an input class the three language fields of each localised text, with their validation, so
 * every create and update input states a name or description once instead of three pasted fields.
 * Declare the property types with an interface of the same name:
 * `interface CreateXInput extends LocalizedInput<"name">, OptionalLocalizedInput<"description"> {}`.
 */
export function LocalizedInputFields(...specs: LocalizedInputSpec[]): ClassDecorator {
  return (target) => {
    const proto = target.prototype as object;
    for (const { prefix, maxLength, nonEmpty = false, finnishRequired = false } of specs) {
      for (const language of ["Fi", "Sv", "En"] as const) {
        const property = `${prefix}${language}`;
        const required = finnishRequired && language === "Fi";
        Field(() => String, { nullable: !required })(proto, property);
        if (!required) IsOptional()(proto, property);
        (nonEmpty ? Length(1, maxLength) : MaxLength(maxLength))(proto, property);
        if (nonEmpty) notBlank()(proto, property);
      }
    }
  };
}

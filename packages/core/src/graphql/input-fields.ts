import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

/** Longest global id an input accepts (ids are far shorter; this bounds decoding work). */
export const ID_MAX_LENGTH = 200;

/** What an input field may say about itself in the schema. */
export interface InputFieldText {
  description?: string;
  deprecationReason?: string;
}

/** Applies decorators as if written one above the other on the property (the last one first, as TypeScript does). */
function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (let i = decorators.length - 1; i >= 0; i--) decorators[i]!(target, key);
  };
}

/** An optional text of at most `maxLength` characters: omitted leaves it, null clears it. */
export function OptionalText(maxLength: number, text: InputFieldText = {}): PropertyDecorator {
  return stacked(Field(() => String, { nullable: true, ...text }), IsOptional(), MaxLength(maxLength));
}

// Spaces alone are no name: a list would show an empty line. One test for a non-space character, linear in the text.
export const notBlank = (): PropertyDecorator => Matches(/\S/, { message: "$property must not be blank" });

/** A required text of 1 to `maxLength` characters, not all spaces (a name, a title, a subject). */
export function NonEmptyText(maxLength: number, text: InputFieldText = {}): PropertyDecorator {
  return stacked(Field(() => String, text), Length(1, maxLength), notBlank());
}

/** An optional text that is not empty or blank when given (an update's name): omitted leaves it, null clears it. */
export function OptionalNonEmptyText(maxLength: number, text: InputFieldText = {}): PropertyDecorator {
  return stacked(Field(() => String, { nullable: true, ...text }), IsOptional(), Length(1, maxLength), notBlank());
}

/** A required global id. */
export function IdInput(text: InputFieldText = {}): PropertyDecorator {
  return stacked(Field(() => ID, text), MaxLength(ID_MAX_LENGTH));
}

/** An optional global id. */
export function OptionalId(text: InputFieldText = {}): PropertyDecorator {
  return stacked(Field(() => ID, { nullable: true, ...text }), IsOptional(), MaxLength(ID_MAX_LENGTH));
}

/**
 * An optional list of at most `maxItems` values of `type` (an enum, `String` or `ID`), each at most
 * `maxLength` characters when given (codes; enum values need no length check).
 */
export function OptionalList(type: () => object, maxItems: number, text: InputFieldText = {}, maxLength?: number): PropertyDecorator {
  const decorators = [Field(() => [type()], { nullable: true, ...text }), IsOptional(), ArrayMaxSize(maxItems)];
  if (maxLength !== undefined) decorators.push(MaxLength(maxLength, { each: true }));
  return stacked(...decorators);
}

/** Wellbeing region codes (two characters, 23 regions at most). */
export function RegionCodeList(text: InputFieldText = {}): PropertyDecorator {
  return OptionalList(() => String, 23, text, 2);
}

/** Municipality codes (three characters; room for every municipality with old codes). */
export function MunicipalityCodeList(text: InputFieldText = {}): PropertyDecorator {
  return OptionalList(() => String, 400, text, 3);
}

/** Codes of an open vocabulary (up to 64 characters each). */
export function VocabularyCodeList(text: InputFieldText = {}): PropertyDecorator {
  return OptionalList(() => String, 100, text, 64);
}

/** The scope conditions a cooperation list filter starts with: regions and municipalities. */
export interface ScopeFilterFields {
  regionCodes?: string[] | null;
  municipalityCodes?: string[] | null;
}

/**
 * A base class for list filters whose first conditions are `regionCodes` and `municipalityCodes`
 * (cooperation bodies, consultations, contact roles), each list saying in its own words what the
 * codes select. The subclass's own fields follow them in the schema.
 */
export function ScopeFilter(name: string, text: { regionCodes: InputFieldText; municipalityCodes?: InputFieldText }): abstract new () => ScopeFilterFields {
  @InputType(`${name}Scope`)
  abstract class Scope implements ScopeFilterFields {
    @RegionCodeList(text.regionCodes)
    regionCodes?: string[] | null;

    @MunicipalityCodeList(text.municipalityCodes)
    municipalityCodes?: string[] | null;
  }
  return Scope;
}

/**
 * Declares the four change-time conditions of a list filter at once, worded the same in every list:
 * `createdSince`, `createdBefore`, `updatedSince`, `updatedBefore`. Put it on `createdSince` and
 * declare the other three right below it, undecorated: they stay class fields, so a filter object
 * keeps its fields in schema order (the filter compiler emits conditions in that order).
 */
export function ChangeTimeFilters(): PropertyDecorator {
  return (target) => {
    Field(() => Date, { nullable: true, description: "Created at or after this time." })(target, "createdSince");
    Field(() => Date, { nullable: true, description: "Created before this time." })(target, "createdBefore");
    Field(() => Date, { nullable: true, description: "Last changed at or after this time." })(target, "updatedSince");
    Field(() => Date, { nullable: true, description: "Last changed before this time." })(target, "updatedBefore");
  };
}

/** The most filters one `and` or `or` list takes. */
const MAX_COMBINED_FILTERS = 20;

/**
 * Declares a filter's combinators `and`, `or` (lists of the same filter) and `not` at once. Put it on
 * `and` and declare `or` and `not` right below it, undecorated (see ChangeTimeFilters).
 */
export function FilterCombinators(filter: () => object): PropertyDecorator {
  return (target) => {
    OptionalList(filter, MAX_COMBINED_FILTERS, { description: "Every one of these filters holds." })(target, "and");
    OptionalList(filter, MAX_COMBINED_FILTERS, { description: "At least one of these filters holds (an empty list matches nothing)." })(target, "or");
    Field(() => filter(), { nullable: true, description: "This filter does not hold." })(target, "not");
  };
}

/**
 * The single-code scope conditions list filters had before their code lists: `regionCode` and
 * `municipalityCode`, deprecated for `regionCodes` and `municipalityCodes`. Put it on `regionCode`
 * and declare `municipalityCode` right below it, undecorated (see ChangeTimeFilters).
 */
export function DeprecatedScopeFilters(): PropertyDecorator {
  return (target) => {
    OptionalText(2, { deprecationReason: "Use regionCodes." })(target, "regionCode");
    OptionalText(3, { deprecationReason: "Use municipalityCodes." })(target, "municipalityCode");
  };
}

/**
 * A list filter's pair of bounds on one value, named as the filter compiler's `since`/`before`
 * conditions read them: `<prefix>Since` (at or after) and `<prefix>Before`, each of `type` (a time or
 * a day) and saying in its list's words which rows never match. Put it on `<prefix>Since` and declare
 * `<prefix>Before` right below it, undecorated (see ChangeTimeFilters).
 */
export function RangeFilters(type: () => object, prefix: string, text: { since: string; before: string }): PropertyDecorator {
  return (target) => {
    Field(type, { nullable: true, description: text.since })(target, `${prefix}Since`);
    Field(type, { nullable: true, description: text.before })(target, `${prefix}Before`);
  };
}

/** A filter's one-value form, kept for old clients and deprecated for its list (`kind` for `kinds`). */
export function OneValueFilter(type: () => object, list: string): PropertyDecorator {
  return Field(type, { nullable: true, deprecationReason: `Use ${list}.` });
}

import { Field, Int } from "type-graphql";
import { Column, PrimaryColumn, type ColumnOptions } from "typeorm";
import { Columns } from "../query/projection";
import { LocalDateScalar } from "./local-date.scalar";

/**
 * Entity properties declared once: each decorator here is a GraphQL field, its TypeORM column and the
 * projection declaration (`Columns`: the field reads its own column) together, so a field and its
 * column cannot disagree on nullability, and an entity states each property in one line instead of a
 * stack of decorators pasted from the next entity. The column is named after the property in
 * snake_case (`termStartsOn` reads `term_starts_on`) unless `column` names it.
 */
export interface EntityFieldOptions {
  /** Null allowed, in the schema and in the table (default: neither). */
  nullable?: boolean;
  description?: string;
  deprecationReason?: string;
  /** The database column when it is not the property's name in snake_case. */
  column?: string;
  /** The column's nullability where it differs from the field's (see `PersonalText`). */
  columnNullable?: boolean;
}

/** The options of a column without a GraphQL field. */
export interface EntityColumnOptions {
  nullable?: boolean;
  column?: string;
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** One property as a field (`type`) over a column (`column`), the field declaring the column it reads. */
function fieldOverColumn(type: () => unknown, column: ColumnOptions, options: EntityFieldOptions): PropertyDecorator {
  const { nullable = false, description, deprecationReason } = options;
  return (target, key) => {
    const property = String(key);
    Column({ ...column, name: options.column ?? snake(property), nullable: options.columnNullable ?? nullable })(target, property);
    Field(type as () => object, { nullable, description, deprecationReason })(target, property);
    Columns(property)(target, property);
  };
}

/** A text: `String` over a `text` column. */
export function TextField(options: EntityFieldOptions = {}): PropertyDecorator {
  return fieldOverColumn(() => String, { type: "text" }, options);
}

/** A day without a time: `LocalDate` over a `date` column (kept as `YYYY-MM-DD`). */
export function DateField(options: EntityFieldOptions = {}): PropertyDecorator {
  return fieldOverColumn(() => LocalDateScalar, { type: "date" }, options);
}

/** An instant: `DateTimeISO` over a `timestamptz` column. */
export function TimestampField(options: EntityFieldOptions = {}): PropertyDecorator {
  return fieldOverColumn(() => Date, { type: "timestamptz" }, options);
}

/** A whole number: `Int` over an `integer` column. */
export function IntField(options: EntityFieldOptions = {}): PropertyDecorator {
  return fieldOverColumn(() => Int, { type: "integer" }, options);
}

/** A yes/no attribute: `Boolean!` over a `boolean` column that is false unless set. */
export function FlagField(options: Omit<EntityFieldOptions, "nullable"> = {}): PropertyDecorator {
  return fieldOverColumn(() => Boolean, { type: "boolean", default: false }, options);
}

/** A value of a registered enum (see `registeredEnum`) over a `text` column, with the column's default if any. */
export function EnumField(type: object, options: EntityFieldOptions & { default?: string } = {}): PropertyDecorator {
  const { default: value, ...rest } = options;
  return fieldOverColumn(() => type, value === undefined ? { type: "text" } : { type: "text", default: value }, rest);
}

/** A list of a registered enum's values (`[X!]!`) over a `text[]` column that is empty unless set. */
export function EnumListField(type: object, options: Omit<EntityFieldOptions, "nullable"> = {}): PropertyDecorator {
  return fieldOverColumn(() => [type], { type: "text", array: true, default: () => "'{}'" }, options);
}

/**
 * The integer key of another row (`organisation_id`, `body_id`): a column without a field of its own,
 * since a relation field resolves it to the node. `primary` for a plug-in's detail table keyed by the
 * core row it extends.
 */
export function KeyColumn(options: EntityColumnOptions & { primary?: boolean } = {}): PropertyDecorator {
  return (target, key) => {
    const name = options.column ?? snake(String(key));
    if (options.primary) PrimaryColumn({ name, type: "integer" })(target, key);
    else Column({ name, type: "integer", nullable: options.nullable ?? false })(target, key);
  };
}

/** A text column without a field of its own (a field resolver or a grouped field reads it). */
export function TextColumn(options: EntityColumnOptions = {}): PropertyDecorator {
  return (target, key) => Column({ name: options.column ?? snake(String(key)), type: "text", nullable: options.nullable ?? false })(target, key);
}

/** A wellbeing region's two-character code (`region_code` unless `column` names another). */
export function RegionCodeColumn(options: EntityColumnOptions = {}): PropertyDecorator {
  return (target, key) => Column({ name: options.column ?? snake(String(key)), type: "varchar", length: 2, nullable: options.nullable ?? false })(target, key);
}

/** A municipality's three-character code (`municipality_code` unless `column` names another). */
export function MunicipalityCodeColumn(options: EntityColumnOptions = {}): PropertyDecorator {
  return (target, key) => Column({ name: options.column ?? snake(String(key)), type: "varchar", length: 3, nullable: options.nullable ?? false })(target, key);
}

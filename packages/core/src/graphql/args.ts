import { IsOptional, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, InputType, Int, registerEnumType, type ClassType } from "type-graphql";
import { MAX_PAGE_SIZE } from "../query/pagination";
import { Language, registeredEnum } from "./enums";

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size reading forwards, 0..${MAX_PAGE_SIZE} (default 20).` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge already seen (`pageInfo.endCursor`)." })
  @IsOptional()
  @MaxLength(500)
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size reading backwards, 0..${MAX_PAGE_SIZE}: the last rows (before \`before\`, or of the whole list).` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge already seen (`pageInfo.startCursor`), to page backwards with `last`." })
  @IsOptional()
  @MaxLength(500)
  before?: string | null;
}

export enum ListOrder {
  NAME = "NAME",
  RELEVANCE = "RELEVANCE",
}
registerEnumType(ListOrder, {
  name: "ListOrder",
  description: "NAME: alphabetical by Finnish name. RELEVANCE: best full-text match first (default when `search` is given).",
});

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(OrderDirection, { name: "OrderDirection", description: "ASC: smallest (A, earliest, least relevant) first; DESC: the reverse." });

/** One key of an `orderBy` list, as the engine reads it (query/ordering.ts). */
export interface OrderByItem<F extends string = string> {
  field: F;
  direction?: OrderDirection | null;
  language?: string | null;
}

/**
 * Builds the `<Name>Order` input of a list's `orderBy`: a field of `fields` (an enum registered by
 * the caller), a direction, and for NAME the language whose name is compared.
 */
export function OrderInput<F extends string>(name: string, fields: object) {
  @InputType(name, { description: "One sort key; later keys break ties of earlier ones, and the id breaks the rest." })
  class Order implements OrderByItem<F> {
    @Field(() => fields)
    field: F;

    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
    direction?: OrderDirection | null;

    @Field(() => Language, { nullable: true, description: "NAME only: compare names in this language (Finnish collation), falling back to the Finnish name. Default FI." })
    language?: string | null;
  }
  return Order as ClassType<OrderByItem<F>>;
}

/**
 * The `orderBy` input of a list, from its sort keys: registers the enum `<name>Field` (values in the
 * order given, `description` saying what they mean) and builds `<name>` with OrderInput.
 */
export function orderByInput<const F extends string>(name: string, fields: readonly F[], description: string) {
  return OrderInput<F>(name, registeredEnum(fields, { name: `${name}Field`, description }));
}

import { IsOptional, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, Int, registerEnumType } from "type-graphql";
import { MAX_PAGE_SIZE } from "../query/pagination";

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 0..${MAX_PAGE_SIZE} (default 20).` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge already seen (`pageInfo.endCursor`)." })
  @IsOptional()
  @MaxLength(500)
  after?: string | null;
}

export enum ListOrder {
  NAME = "NAME",
  RELEVANCE = "RELEVANCE",
}
registerEnumType(ListOrder, {
  name: "ListOrder",
  description: "NAME: alphabetical by Finnish name. RELEVANCE: best full-text match first (default when `search` is given).",
});

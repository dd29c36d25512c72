import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root, type ClassType } from "type-graphql";
import type { YhdyspintaContext } from "../context/request-context";
import type { OrderItem } from "../query/ordering";
import { Columns } from "../query/projection";
import { ConnectionArgs } from "./args";
import { connectionComplexity } from "./complexity";

export const ORDER_BY_DESCRIPTION = "Sort keys, first the most significant; ties are broken by id.";

/** A paged list field: `field(orderBy, filter, first, after, last, before): Connection!`. */
export interface ConnectionFieldSpec<R, F extends object> {
  /** The field's name, e.g. "activities". */
  field: string;
  connection: ClassType;
  filter: ClassType<F>;
  /** The list's `orderBy` input; a list without one takes no `orderBy` argument. */
  order?: ClassType;
  description?: string;
  /** False for a list that is not estimated as a connection (connectionComplexity) by the query cost limit. */
  complexity?: boolean;
  /** The page of the list: under `root` for a field of a type, `root` undefined for a `Query` field. */
  list(
    ctx: YhdyspintaContext, root: R, filter: F | null | undefined, page: ConnectionArgs, orderBy: OrderItem[] | null | undefined,
    info: GraphQLResolveInfo | undefined,
  ): unknown;
}

/** `@Arg("orderBy")` when the list has an order input; otherwise the parameter stays undeclared (and undefined). */
function orderByArg(order: ClassType | undefined): ReturnType<typeof Arg> {
  return order ? Arg("orderBy", () => [order], { nullable: true, description: ORDER_BY_DESCRIPTION }) : () => undefined;
}

/** `@Columns(...)` of the parent row when given (see query/projection.ts); nothing otherwise. */
function columnsDecorator(columns: readonly string[] | undefined): MethodDecorator {
  return columns ? Columns(...columns) : () => undefined;
}

const fieldOptions = (spec: ConnectionFieldSpec<never, object>) => ({
  complexity: spec.complexity === false ? undefined : connectionComplexity, description: spec.description,
});

/**
 * A resolver class with one list field on `parent` (`organisation { activities(...) }`): page
 * arguments, `filter`, `orderBy` when the list has one, and one service call, instead of a
 * hand-written method a list. `columns`: the parent's columns the list reads (`[]` for the key only).
 */
export function connectionFieldResolver<R extends object, F extends object>(parent: ClassType<R>, spec: ConnectionFieldSpec<R, F> & { columns?: readonly string[] }): ClassType {
  @Resolver(() => parent)
  class ConnectionField {
    // Named as the field: type-graphql finds a field's resolver by method name. `info` comes before
    // `orderBy`: type-graphql passes only declared parameters, in index order.
    @columnsDecorator(spec.columns)
    @FieldResolver(() => spec.connection, fieldOptions(spec as ConnectionFieldSpec<never, object>))
    [spec.field](
      @Root() root: R, @Ctx() ctx: YhdyspintaContext, @Args() page: ConnectionArgs,
      @Arg("filter", () => spec.filter, { nullable: true }) filter?: F | null, @Info() info?: GraphQLResolveInfo,
      @orderByArg(spec.order) orderBy?: OrderItem[] | null,
    ) {
      return spec.list(ctx, root, filter, page, orderBy, info);
    }
  }
  return ConnectionField;
}

/** The same as a field of `Query` (`partnerships(...)`). */
export function connectionQueryResolver<F extends object>(spec: ConnectionFieldSpec<undefined, F>): ClassType {
  @Resolver()
  class ConnectionQuery {
    @Query(() => spec.connection, fieldOptions(spec as ConnectionFieldSpec<never, object>))
    [spec.field](
      @Ctx() ctx: YhdyspintaContext, @Args() page: ConnectionArgs,
      @Arg("filter", () => spec.filter, { nullable: true }) filter?: F | null, @Info() info?: GraphQLResolveInfo,
      @orderByArg(spec.order) orderBy?: OrderItem[] | null,
    ) {
      return spec.list(ctx, undefined, filter, page, orderBy, info);
    }
  }
  return ConnectionQuery;
}

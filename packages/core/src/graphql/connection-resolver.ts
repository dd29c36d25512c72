import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root, type ClassType } from "type-graphql";
import type { YhdyspintaContext } from "../context/request-context";
import { resolveOrderBy, type OrderItem } from "../query/ordering";
import { Columns } from "../query/projection";
import { ConnectionArgs, ListOrder } from "./args";
import { connectionComplexity } from "./complexity";
import { facetsResolver } from "./facets";

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
    ctx: YhdyspintaContext, root: R, filter: F | null | undefined, page: ConnectionArgs, orderBy: readonly OrderItem[] | null | undefined,
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

const fieldOptions = (spec: { complexity?: boolean; description?: string }) => ({
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
    @FieldResolver(() => spec.connection, fieldOptions(spec))
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
    @Query(() => spec.connection, fieldOptions(spec))
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

/** The service of a root list with facets: its page and its facet counts under a filter. */
export interface FacetedListService<F extends object> {
  list(ctx: YhdyspintaContext, filter: F | null | undefined, page: ConnectionArgs, orderBy: readonly OrderItem[] | undefined, info: GraphQLResolveInfo | undefined): Promise<object>;
  /** The selected facets counted under the list's filter. */
  facets(ctx: YhdyspintaContext, filter: F | null | undefined, info: GraphQLResolveInfo): Promise<unknown>;
}

export interface FacetedConnectionSpec<F extends object> extends Omit<ConnectionFieldSpec<undefined, F>, "list"> {
  order: ClassType;
  /** The facets' object type, the field `facets` of `connection`. */
  facets: ClassType;
  service: FacetedListService<F>;
}

/**
 * A root list with facets (`activities`, `organisations`): the `Query` field, which also takes the
 * deprecated `order` (NAME or RELEVANCE, as resolveOrderBy reads it) and keeps its filter on the
 * connection it answers, and `facets` on the connection type, counted under that filter.
 */
export function facetedConnectionQueryResolvers<F extends object>(spec: FacetedConnectionSpec<F>): [query: ClassType, facets: ClassType] {
  @Resolver()
  class FacetedConnectionQuery {
    @Query(() => spec.connection, fieldOptions(spec))
    async [spec.field](
      @Ctx() ctx: YhdyspintaContext, @Args() page: ConnectionArgs,
      @Arg("filter", () => spec.filter, { nullable: true }) filter?: F | null,
      @orderByArg(spec.order) orderBy?: OrderItem[] | null,
      @Arg("order", () => ListOrder, { nullable: true, deprecationReason: "Use orderBy: [{ field: NAME }] or [{ field: RELEVANCE, direction: DESC }]." }) order?: ListOrder | null,
      @Info() info?: GraphQLResolveInfo,
    ) {
      const connection = await spec.service.list(ctx, filter, page, resolveOrderBy(orderBy, order), info);
      return Object.assign(connection, { facetFilter: filter ?? null });
    }
  }
  return [FacetedConnectionQuery, facetsResolver<F>(spec.connection, spec.facets, (ctx, filter, info) => spec.service.facets(ctx, filter, info))];
}

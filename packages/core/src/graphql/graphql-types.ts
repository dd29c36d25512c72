import { Arg, Field, InterfaceType, ID, Int, ObjectType, registerEnumType, type ClassType } from "type-graphql";
import { countLimit, DEFAULT_COUNT_LIMIT, MAX_COUNT_LIMIT, type Page } from "../query/pagination";
import { Language } from "./enums";
import type { LanguageValue } from "../vocabulary/vocabulary";

// No auto-registration of implementations: a type enters the schema only when a resolver reaches it,
// so an imported but disabled region plug-in cannot leak its Node types into the schema.
@InterfaceType({ description: "An object with a globally unique, opaque ID (Relay).", autoRegisterImplementations: false })
export abstract class Node {
  @Field(() => ID)
  id: string;
}

@ObjectType({ simpleResolvers: true, description: "A text in Finnish, Swedish and English; only Finnish is always present." })
export class LocalizedText {
  @Field()
  fi: string;

  @Field(() => String, { nullable: true })
  sv: string | null;

  @Field(() => String, { nullable: true })
  en: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "A text in one language, saying which: `language` differs from the one asked for (and `isFallback` is true) when the record lacks that language and Finnish is given instead.",
})
export class LocalizedString {
  @Field()
  text: string;

  @Field(() => Language, { description: "The language of `text`: mark it up (HTML `lang`) and show a fallback as such." })
  language: LanguageValue;

  @Field({ description: "True when `text` is not in the language asked for." })
  isFallback: boolean;
}

@ObjectType({ simpleResolvers: true })
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/** The shape every connection resolves to; `totalCount` is computed only when asked for. */
export interface ConnectionValue<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  /** A getter: the count query runs only when a client selects `totalCount` (a number when the page statement counted it). */
  readonly totalCount: Promise<number> | number;
  /** The number of matches, reading at most `limit` (for `count(limit:)`); without it, `totalCount` capped. */
  readonly countUpTo?: (limit: number) => Promise<number>;
}

/**
 * A connection's value. The lazy parts are getters of the prototype, not own properties: type-graphql
 * copies a root's own properties into an instance of the declared class before calling a field
 * method (`count`), and copying must not run the count query behind `totalCount`.
 */
class LazyConnection<T> implements ConnectionValue<T> {
  private edgeList?: ConnectionValue<T>["edges"];
  private info?: PageInfo;
  readonly nodes: T[];

  constructor(private readonly page: Page<T>, private readonly countAll: () => Promise<number>, readonly countUpTo: (limit: number) => Promise<number>) {
    this.nodes = page.nodes;
  }

  get edges(): ConnectionValue<T>["edges"] {
    return (this.edgeList ??= this.page.nodes.map((node, i) => ({ cursor: this.page.cursors[i]!, node })));
  }

  get pageInfo(): PageInfo {
    const page = this.page;
    // The first and last cursors only: encoding all of them (a hash and base64 JSON each) is wasted when no edges are read.
    const last = page.nodes.length - 1;
    const cursor = (i: number) => (i < 0 ? null : page.cursorAt ? page.cursorAt(i) : page.cursors[i] ?? null);
    return (this.info ??= {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: cursor(last < 0 ? -1 : 0),
      endCursor: cursor(last),
    });
  }

  get totalCount(): Promise<number> | number {
    // A total the page statement counted is a plain value: graphql-js completes it (and so, often, the
    // whole connection object) without a promise per connection.
    return this.page.total ?? this.countAll();
  }
}

/**
 * `count`: how many matches are read at most (`countUpTo(limit)`); by default the exact count
 * capped, which costs what `totalCount` costs.
 */
export function toConnection<T>(page: Page<T>, count: () => Promise<number>, countUpTo?: (limit: number) => Promise<number>): ConnectionValue<T> {
  // Edges and pageInfo (and so the cursors) are built only when selected.
  return new LazyConnection(page, count, countUpTo ?? ((limit) => count().then((n) => Math.min(n, limit))));
}

export const CountPrecision = { EXACT: "EXACT", AT_LEAST: "AT_LEAST" } as const;
export type CountPrecisionValue = keyof typeof CountPrecision;
registerEnumType(CountPrecision, {
  name: "CountPrecision",
  description: "How exact a `Count` is.",
  valuesConfig: {
    EXACT: { description: "`value` is the number of matches." },
    AT_LEAST: { description: "The count stopped at the limit: there are at least `value` matches (perhaps more)." },
  },
});

@ObjectType({ simpleResolvers: true, description: "A number of matches counted up to a limit, and whether it is exact." })
export class Count {
  @Field(() => Int)
  value: number;

  @Field(() => CountPrecision)
  precision: CountPrecisionValue;
}

/** `count(limit:)` of a connection: at most `limit` matches are read; reaching the limit makes it AT_LEAST. */
export async function countOf(connection: Pick<ConnectionValue<unknown>, "totalCount" | "countUpTo">, limit: number | null | undefined): Promise<Count> {
  const cap = countLimit(limit);
  const value = connection.countUpTo ? await connection.countUpTo(cap) : Math.min(await connection.totalCount, cap);
  return { value, precision: value < cap ? CountPrecision.EXACT : CountPrecision.AT_LEAST };
}

/** Builds `<Name>Connection` and `<Name>Edge` object types (Relay cursor connections). */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field({ description: "Opaque cursor; pass it as `after` to continue after this edge." })
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => [nodeType], { description: "The nodes of `edges`, for clients that need no cursors." })
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: "Number of items matching the filter, across all pages: exact, so on a large list it costs a read of every match (see `count`)." })
    totalCount: number;

    @Field(() => Count, {
      description: "Number of items matching the filter, counted up to `limit`: at most `limit` matches are read, so it stays cheap on large lists. `precision` is EXACT below the limit and AT_LEAST when the limit was reached (`value` is then the limit).",
    })
    count(
      @Arg("limit", () => Int, { defaultValue: DEFAULT_COUNT_LIMIT, description: `Matches to read at most, 1–${MAX_COUNT_LIMIT}.` }) limit: number,
    ): Promise<{ value: number; precision: "EXACT" | "AT_LEAST" }> { // written out: plug-ins' declarations name no core-internal type
      return countOf(this as unknown as ConnectionValue<T>, limit);
    }
  }
  return Connection;
}

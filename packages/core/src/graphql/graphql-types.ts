import { Field, InterfaceType, ID, Int, ObjectType, type ClassType } from "type-graphql";
import type { Page } from "../query/pagination";
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
  /** A getter: the count query runs only when a client selects `totalCount`. */
  readonly totalCount: Promise<number>;
}

export function toConnection<T>(page: Page<T>, count: () => Promise<number>): ConnectionValue<T> {
  // Edges and pageInfo (and so the cursors) are built only when selected.
  let edges: ConnectionValue<T>["edges"] | undefined;
  let pageInfo: PageInfo | undefined;
  return {
    get edges() {
      return (edges ??= page.nodes.map((node, i) => ({ cursor: page.cursors[i]!, node })));
    },
    nodes: page.nodes,
    get pageInfo() {
      return (pageInfo ??= {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.cursors[0] ?? null,
        endCursor: page.cursors[page.cursors.length - 1] ?? null,
      });
    },
    get totalCount() {
      return count();
    },
  };
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

    @Field(() => Int, { description: "Number of items matching the filter, across all pages." })
    totalCount: number;
  }
  return Connection;
}

import "reflect-metadata";
import { ArrayMaxSize, IsOptional, MaxLength, Min } from "class-validator";
import { execute, parse, type ExecutionResult, type GraphQLSchema } from "graphql";
import { Arg, Args, ArgsType, Field, InputType, Int, ObjectType, Query, Resolver, buildSchema } from "type-graphql";
import { authChecker } from "../auth/auth-checker";
import { ConnectionArgs } from "../graphql/args";
import { Language } from "../graphql/enums";
import type { LanguageValue } from "../vocabulary/vocabulary";
import { ARGUMENT_VALIDATION, buildYhdyspintaSchema } from "./build-schema";

// Differential test of fast-resolvers.ts: every argument shape nested fields use goes through
// type-graphql's generated resolver (a schema from type-graphql's buildSchema) and through the fast
// one (buildYhdyspintaSchema), and both must answer the same values and the same validation errors.

/** What a resolver method received: the class of an argument object and its fields, keys sorted. */
function seen(value: unknown): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v && typeof v === "object") return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])]));
    return v;
  };
  const cls = value && typeof value === "object" ? value.constructor.name : typeof value;
  return JSON.stringify({ cls, value: sorted(value) ?? null });
}

@InputType("ProbeInput")
class ProbeInput {
  @Field()
  @MaxLength(3)
  code: string;
}

@ArgsType()
class ProbeArgs extends ConnectionArgs {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(2)
  @MaxLength(4, { each: true })
  tags?: string[] | null;

  @Field(() => Language, { nullable: true })
  language?: LanguageValue | null;

  @Field(() => Int, { defaultValue: 3 })
  @Min(1)
  depth: number;
}

@ObjectType("Probe", { simpleResolvers: true })
class Probe {
  @Field()
  plain: string = "plain";

  @Field(() => String)
  scalar(@Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): string {
    return seen(language);
  }

  @Field(() => String)
  page(@Args() args: ProbeArgs): string {
    return seen(args);
  }

  @Field(() => String)
  list(@Arg("codes", () => [String], { nullable: true }) codes?: string[] | null): string {
    return seen(codes);
  }

  @Field(() => String)
  nullable(@Arg("n", () => Int, { nullable: true }) n?: number | null): string {
    return seen(n);
  }

  @Field(() => String)
  input(@Arg("input", () => ProbeInput, { nullable: true }) input?: ProbeInput | null): string {
    return seen(input);
  }

  @Field(() => String)
  withDefault(@Arg("n", () => Int, { defaultValue: 7 }) n: number): string {
    return seen(n);
  }
}

@Resolver()
class ProbeRootResolver {
  @Query(() => [Probe])
  probes(): Probe[] {
    return [new Probe(), new Probe(), new Probe()];
  }
}

let generated: GraphQLSchema;
let fast: GraphQLSchema;
beforeAll(async () => {
  generated = await buildSchema({ resolvers: [ProbeRootResolver], validate: ARGUMENT_VALIDATION, authChecker, emitSchemaFile: false });
  fast = await buildYhdyspintaSchema({ resolvers: [ProbeRootResolver] });
});

const run = (schema: GraphQLSchema, document: string, variables?: Record<string, unknown>) =>
  execute({ schema, document: parse(document), variableValues: variables, contextValue: {} });

async function both(document: string, variables?: Record<string, unknown>): Promise<{ result: ExecutionResult; synchronous: boolean }> {
  const expected = JSON.parse(JSON.stringify(await run(generated, document, variables)));
  const pending = run(fast, document, variables);
  const synchronous = !(pending instanceof Promise);
  const actual = JSON.parse(JSON.stringify(await pending));
  expect(actual).toEqual(expected);
  return { result: actual, synchronous };
}

const CASES: [string, string, Record<string, unknown>?][] = [
  ["default enum", `{ probes { scalar } }`],
  ["given enum", `{ probes { scalar(language: SV) } }`],
  ["enum variable", `query($l: Language!) { probes { scalar(language: $l) } }`, { l: "EN" }],
  ["args, none given (defaults)", `{ probes { page } }`],
  ["args, valid", `{ probes { page(first: 5, after: "abc", tags: ["a", "bb"], language: SV, depth: 2) } }`],
  ["args, explicit nulls", `{ probes { page(first: null, after: null, tags: null, language: null) } }`],
  ["args, page size above the maximum", `{ probes { page(first: 101) } }`],
  ["args, negative page size", `{ probes { page(first: -1) } }`],
  ["args, cursor too long", `{ probes { page(after: "${"x".repeat(501)}") } }`],
  ["args, list item too long", `{ probes { page(tags: ["toolong"]) } }`],
  ["args, list too long", `{ probes { page(tags: ["a", "b", "c"]) } }`],
  ["args, invalid default-bearing field", `{ probes { page(depth: 0) } }`],
  ["args, two aliases, one invalid", `{ probes { ok: page(first: 1) bad: page(first: 200) } }`],
  ["args, valid variable", `query($f: Int) { probes { page(first: $f) } }`, { f: 3 }],
  ["args, invalid variable", `query($f: Int) { probes { page(first: $f) } }`, { f: 500 }],
  ["args, list variable", `query($t: [String!]) { probes { page(tags: $t) } }`, { t: ["x", "yy"] }],
  ["args, invalid list variable", `query($t: [String!]) { probes { page(tags: $t) } }`, { t: ["x", "yyyyy"] }],
  ["list", `{ probes { list(codes: ["a", "b"]) } }`],
  ["list of one coerced", `{ probes { list(codes: "a") } }`],
  ["list null", `{ probes { list(codes: null) } }`],
  ["list absent", `{ probes { list } }`],
  ["nullable scalar null", `{ probes { nullable(n: null) } }`],
  ["nullable scalar absent", `{ probes { nullable } }`],
  ["nullable scalar", `{ probes { nullable(n: 3) } }`],
  ["input object", `{ probes { input(input: { code: "abc" }) } }`],
  ["input object invalid", `{ probes { input(input: { code: "abcd" }) } }`],
  ["input object null", `{ probes { input(input: null) } }`],
  ["default scalar", `{ probes { withDefault } }`],
  ["given scalar", `{ probes { withDefault(n: 2) } }`],
  ["plain field", `{ probes { plain } }`],
];

describe("nested field arguments: type-graphql's generated resolver and the fast one", () => {
  it.each(CASES.map(([name, document, variables]) => ({ name, document, variables })))("agree on $name", async ({ document, variables }) => {
    await both(document, variables);
  });

  it("answers the valid cases above with data, the invalid ones with BAD_USER_INPUT validation errors", async () => {
    for (const [name, document, variables] of CASES) {
      const { result } = await both(document, variables);
      if (/invalid|above|negative|too long/.test(name)) {
        expect(result.errors?.length).toBeGreaterThan(0);
        expect(result.errors!.every((e) => e.extensions?.code === "BAD_USER_INPUT")).toBe(true);
        expect(result.errors!.every((e) => Array.isArray(e.extensions?.validationErrors))).toBe(true);
      } else {
        expect(result.errors).toBeUndefined();
      }
    }
  });

  it("resolves scalar, enum, list and valid @Args arguments without a promise (what it exists for)", async () => {
    for (const document of [`{ probes { scalar(language: SV) withDefault page(first: 5) list(codes: ["a"]) nullable plain } }`]) {
      expect((await both(document)).synchronous).toBe(true);
    }
    // Input objects with a value keep type-graphql's (asynchronous) path.
    expect((await both(`{ probes { input(input: { code: "abc" }) } }`)).synchronous).toBe(false);
  });
});

describe("schema options the fast path would bypass", () => {
  it.each(["container", "validateFn"])("refuses %s with a clear error at build", async (option) => {
    await expect(buildYhdyspintaSchema({ [option]: () => undefined } as never)).rejects.toThrow(`the "${option}" option is not supported`);
  });
});

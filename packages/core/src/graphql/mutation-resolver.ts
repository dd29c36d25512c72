import { Arg, Authorized, Ctx, ID, Mutation, Resolver, type ArgOptions, type ClassType } from "type-graphql";
import type { YhdyspintaContext } from "../context/request-context";
import { DeletePayload } from "./payloads";

/** A GraphQL type as type-graphql takes it: a class, scalar or registered enum, or `[type]` for a list. */
type GraphQLTypeValue = Function | object | [Function | object];

/** An argument: its type, or its type with type-graphql's options (`nullable`, `defaultValue`, `description`). */
export type MutationArg = GraphQLTypeValue | { type: GraphQLTypeValue; options: ArgOptions };

export interface MutationOptions {
  description?: string;
  /** Roles of type-graphql's `@Authorized` for this mutation; the table's when not given. */
  authorized?: readonly string[];
}

/** One entry of a `mutationResolver` table: built by `inputMutation`, `updateMutation`, `deleteMutation` or `mutation`. */
export interface MutationField {
  readonly returns: GraphQLTypeValue;
  readonly args: readonly (readonly [name: string, arg: MutationArg])[];
  /** Called with the context and the argument values in `args` order. */
  readonly resolve: (ctx: YhdyspintaContext, values: unknown[]) => unknown;
  readonly options: MutationOptions;
}

/** `name(input: I!): T`: a create or add, the whole change in one input object. */
export function inputMutation<T extends object, I extends object>(
  returns: ClassType<T>, input: ClassType<I>, run: (ctx: YhdyspintaContext, input: I) => Promise<T> | T, options: MutationOptions = {},
): MutationField {
  return { returns, args: [["input", input]], resolve: (ctx, [value]) => run(ctx, value as I), options };
}

/** `name(id: ID!, input: I!): T`: an update of the record with that global ID. */
export function updateMutation<T extends object, I extends object>(
  returns: ClassType<T>, input: ClassType<I>, run: (ctx: YhdyspintaContext, id: string, input: I) => Promise<T> | T, options: MutationOptions = {},
): MutationField {
  return { returns, args: [["id", ID], ["input", input]], resolve: (ctx, [id, value]) => run(ctx, id as string, value as I), options };
}

/** `name(id: ID!): DeletePayload`: a delete or remove; `run` answers the ID that no longer resolves. */
export function deleteMutation(run: (ctx: YhdyspintaContext, id: string) => Promise<string>, options: MutationOptions = {}): MutationField {
  return {
    returns: DeletePayload, args: [["id", ID]],
    resolve: async (ctx, [id]): Promise<DeletePayload> => ({ deletedId: await run(ctx, id as string) }), options,
  };
}

/**
 * Any other arguments, declared in order by name (`{ id: ID, status: ConsultationStatus }`); `run`
 * gets them as one object. Any check the arguments need beyond their input types goes in `run`.
 */
export function mutation<A extends Record<string, unknown>>(
  returns: GraphQLTypeValue, args: { [K in keyof A]: MutationArg }, run: (ctx: YhdyspintaContext, args: A) => unknown, options: MutationOptions = {},
): MutationField {
  const names = Object.keys(args);
  return {
    returns, args: names.map((name) => [name, args[name as keyof A]] as const),
    resolve: (ctx, values) => run(ctx, Object.fromEntries(names.map((name, i) => [name, values[i]])) as A), options,
  };
}

const isArgWithOptions = (arg: MutationArg): arg is { type: GraphQLTypeValue; options: ArgOptions } =>
  typeof arg === "object" && arg !== null && !Array.isArray(arg) && "type" in arg && "options" in arg;

/**
 * A resolver class of mutations from a table `{ mutationName: entry }`: each a field of `Mutation`
 * (in table order) gated by type-graphql's `@Authorized` with `authorized` (an entry's own roles
 * instead, when it names them; `[]`: any signed-in viewer), its arguments declared and validated by
 * type-graphql as with hand-written decorators, and its service call. What the entry runs does the
 * authorisation by the record, the checks and the write, as every service does; the table replaces
 * only the decorated methods that passed the arguments on. Mutations that need no viewer at all
 * stay hand-written, so an entry cannot end up public by a forgotten role list.
 */
export function mutationResolver(name: string, authorized: readonly string[], mutations: Record<string, MutationField>): ClassType {
  const Mutations = { [name]: class {} }[name]!;
  Resolver()(Mutations);
  for (const [field, spec] of Object.entries(mutations)) {
    const method = function (this: unknown, ctx: YhdyspintaContext, ...values: unknown[]) {
      return spec.resolve(ctx, values);
    };
    const descriptor = { value: method, writable: true, configurable: true, enumerable: false };
    Object.defineProperty(Mutations.prototype, field, descriptor);
    // Parameters last to first, as TypeScript applies parameter decorators: type-graphql lists the
    // arguments in the order it collects them, so the schema reads as for a hand-written method.
    for (let i = spec.args.length - 1; i >= 0; i--) {
      const [argName, arg] = spec.args[i]!;
      const [type, options] = isArgWithOptions(arg) ? [arg.type, arg.options] : [arg, {}];
      Arg(argName, () => type, options)(Mutations.prototype, field, i + 1);
    }
    Ctx()(Mutations.prototype, field, 0);
    Mutation(() => spec.returns, { description: spec.options.description })(Mutations.prototype, field, descriptor);
    Authorized(...(spec.options.authorized ?? authorized))(Mutations.prototype, field, descriptor);
  }
  return Mutations;
}

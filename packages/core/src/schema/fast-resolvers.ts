import { validateSync, getMetadataStorage as getValidatorStorage, ValidationTypes, type ValidatorOptions } from "class-validator";
import { isObjectType, type FieldNode, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { ArgumentValidationError, getMetadataStorage } from "type-graphql";

type ValidateSettings = boolean | ValidatorOptions;

/**
 * type-graphql 2.0.0-rc.4 checks every argument in an `async` function, so every field with an
 * argument resolves through a promise even when nothing needs checking: on a page of 50
 * organisations that is ~300 `name(language:)` fields and every nested connection (`activities(first:)`),
 * a large share of the request's CPU. This replaces the generated resolver of such nested fields by
 * a synchronous one (fields without arguments too, skipping type-graphql's per-call wrapper) that
 * converts and validates the arguments the same way (class-validator with the
 * options type-graphql uses, failures as type-graphql's ArgumentValidationError), and calls the same
 * method. Anything it does not handle keeps the generated resolver: root fields (called once per
 * request), fields with roles or middlewares, custom param decorators, validateFn, async validators,
 * and input-object arguments whenever a value is given.
 */

type Param = NonNullable<ReturnType<typeof getMetadataStorage>["fieldResolvers"][number]["params"]>[number];
type ArgParam = Extract<Param, { kind: "arg" | "args" }>;
type ArgsField = { name: string; getType: () => unknown };

/** Fields of an @ArgsType class, its superclasses' included (as type-graphql's own conversion reads them). */
function argsFields(argsClass: Function): ArgsField[] | null {
  const storage = getMetadataStorage();
  const own = storage.argumentTypes.find((t) => t.target === argsClass);
  if (!own) return null;
  const fields: ArgsField[] = [...own.fields!];
  for (let sup = Object.getPrototypeOf(argsClass); sup.prototype !== undefined; sup = Object.getPrototypeOf(sup)) {
    const meta = storage.argumentTypes.find((t) => t.target === sup);
    if (meta) fields.push(...meta.fields!);
  }
  return fields;
}

const isInputClass = (type: unknown) => getMetadataStorage().inputTypes.some((t) => t.target === type);

/** validateSync skips async validators, so a class that has any keeps the generated path. */
function hasAsyncValidation(target: Function): boolean {
  const storage = getValidatorStorage();
  return storage.getTargetValidationMetadatas(target, "", true, false).some(
    (m) => (m.type === ValidationTypes.CUSTOM_VALIDATION && storage.getTargetValidatorConstraints(m.constraintCls).some((c) => c.async)),
  );
}

/** type-graphql's option merge for class-validator (validate-arg.js). */
function validatorOptions(global: ValidateSettings, arg: ValidateSettings | undefined): ValidatorOptions | false {
  const validate = arg !== undefined ? arg : global;
  if (validate === false) return false;
  const options: ValidatorOptions = { ...(typeof global === "object" ? global : {}), ...(typeof arg === "object" ? arg : {}) };
  if (options.skipMissingProperties !== false) options.skipMissingProperties = true;
  if (options.forbidUnknownValues !== true) options.forbidUnknownValues = false;
  return options;
}

const copyList = (v: unknown) => (Array.isArray(v) ? v.map((item) => item) : v);

/** One argument parameter as a synchronous converter; `undefined` return means "not handled". */
type ArgReader = (args: Record<string, unknown>, info: GraphQLResolveInfo) => { value: unknown } | undefined;

function argReader(param: ArgParam, globalValidate: ValidateSettings): ArgReader | null {
  if (param.validateFn) return null;
  const type = param.getType();
  if (param.kind === "arg") {
    const name = param.name;
    // Scalars and enums pass unchanged and are never validated (type-graphql validates objects only).
    if (!isInputClass(type)) return (args) => ({ value: copyList(args[name]) });
    return (args) => (args[name] == null ? { value: args[name] } : undefined);
  }
  const ArgsClass = type as new () => Record<string, unknown>;
  const fields = argsFields(ArgsClass);
  if (!fields || fields.some((f) => isInputClass(f.getType())) || hasAsyncValidation(ArgsClass)) return null;
  const options = validatorOptions(globalValidate, param.validateSettings);
  // graphql-js computes a field's arguments from its first field node and the request's variables
  // alone, so once one call of that pair passed validation every other one (the same nested list
  // under each of 50 parents) would too: validated once per request and field node.
  const passed = new WeakMap<FieldNode, WeakSet<object>>();
  return (args, info) => {
    // As type-graphql's convertArgsToInstance: an instance carrying only the given fields.
    const data: Record<string, unknown> = {};
    for (const f of fields) if (args[f.name] !== undefined) data[f.name] = copyList(args[f.name]);
    const instance = new ArgsClass();
    for (const key of Object.keys(instance)) if (instance[key] === undefined && !(key in data)) delete instance[key];
    Object.assign(instance, data);
    const node = info.fieldNodes[0]!;
    if (options && !passed.get(node)?.has(info.variableValues)) {
      const errors = validateSync(instance, options);
      if (errors.length > 0) throw new ArgumentValidationError(errors);
      let set = passed.get(node);
      if (!set) passed.set(node, (set = new WeakSet()));
      set.add(info.variableValues);
    }
    return { value: instance };
  };
}

type ParamReader = (root: any, args: Record<string, unknown>, context: any, info: unknown) => { value: unknown } | undefined;

function paramReader(param: Param, globalValidate: ValidateSettings): ParamReader | null {
  switch (param.kind) {
    case "root": {
      if (param.propertyName) return null;
      const type = param.getType?.();
      if (typeof type !== "function") return (root) => ({ value: root });
      // type-graphql converts a root that is not yet an instance of the declared class: leave that to it.
      return (root) => (root == null || root instanceof type ? { value: root } : undefined);
    }
    case "context":
      return param.propertyName ? null : (_r, _a, context) => ({ value: context });
    case "info":
      return (_r, _a, _c, info) => ({ value: info });
    case "arg":
    case "args": {
      const read = argReader(param, globalValidate);
      return read && ((_r, args, _c, info) => read(args, info as GraphQLResolveInfo));
    }
    default:
      return null;
  }
}

export interface SyncFieldArgsOptions {
  /** The resolver classes given to buildSchema (external field resolvers of other classes are not in the schema). */
  resolvers: Function[];
  /** buildSchema's `validate` setting. */
  validate: ValidateSettings;
  /** With global middlewares every field keeps type-graphql's resolver. */
  hasGlobalMiddlewares: boolean;
}

/**
 * type-graphql wraps even plain property fields (`name`, `kind`, `nodes`...) in a resolver that
 * builds a resolver-data object and runs an empty middleware chain: ~1,000 calls on page (b). Where a
 * field is a plain property of the same name with no roles, middlewares or field resolver, graphql-js's
 * default resolver reads the same property.
 */
export function usePlainPropertyResolvers(schema: GraphQLSchema, options: SyncFieldArgsOptions): number {
  if (options.hasGlobalMiddlewares) return 0;
  const storage = getMetadataStorage();
  const metaByName = new Map(storage.objectTypes.map((o) => [o.name, o]));
  let replaced = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const meta = metaByName.get(type.name);
    if (!meta) continue;
    // Fields may be declared on the class, its superclasses or the interfaces it implements.
    const targets = new Set<Function>(meta.interfaceClasses ?? []);
    for (let c: Function = meta.target; c && c !== Function.prototype && c.prototype !== undefined; c = Object.getPrototypeOf(c)) targets.add(c);
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve || field.args.length > 0) continue;
      const getter = storage.fieldResolvers.find((r) => r.kind === "internal" && r.getObjectType?.() === meta.target && r.schemaName === field.name);
      if (getter) {
        // A getter of the entity class (`id`, `names`): read it directly when the root is an instance.
        const name = getter.methodName;
        const accessor = Object.getOwnPropertyDescriptor(meta.target.prototype, name)?.get;
        if (!accessor || getter.roles || getter.middlewares?.length || getter.params?.length) continue;
        const generated = field.resolve;
        const objectClass = meta.target;
        field.resolve = (root, args, context, info) => (root instanceof objectClass ? (root as Record<string, unknown>)[name] : generated(root, args, context, info));
        replaced++;
        continue;
      }
      const declared = storage.fields.filter((f) => targets.has(f.target) && f.schemaName === field.name);
      const plain = declared.length > 0 && declared.every((f) => f.name === f.schemaName && !f.roles && !(f.middlewares?.length) && !(f.params?.length));
      const hasResolver = storage.fieldResolvers.some((r) => r.schemaName === field.name && targets.has(r.getObjectType?.() as Function));
      if (!plain || hasResolver) continue;
      field.resolve = undefined;
      replaced++;
    }
  }
  return replaced;
}

export function makeNestedArgumentsSynchronous(schema: GraphQLSchema, options: SyncFieldArgsOptions): number {
  if (options.hasGlobalMiddlewares) return 0;
  const storage = getMetadataStorage();
  const rootTypes = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  const classOf = new Map(storage.objectTypes.map((o) => [o.name, o.target]));
  const instances = new Map<Function, unknown>();
  let replaced = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || rootTypes.has(type) || type.name.startsWith("__")) continue;
    const objectClass = classOf.get(type.name);
    if (!objectClass) continue;
    const fields = type.getFields();
    // The same choice type-graphql makes: the first matching field resolver of a class in the schema.
    const candidates = storage.fieldResolvers.filter((r) => r.kind === "internal" || options.resolvers.includes(r.target));
    for (const field of Object.values(fields)) {
      if (!field.resolve) continue;
      const meta = candidates.find((r) => r.getObjectType?.() === objectClass && r.schemaName === field.name);
      if (!meta || meta.roles || (meta.middlewares?.length ?? 0) > 0 || !meta.params) continue;
      const readers = [...meta.params].sort((a, b) => a.index - b.index).map((p) => paramReader(p, options.validate));
      if (readers.some((r) => r === null)) continue;
      const generated = field.resolve;
      const methodName = meta.methodName;
      const external = meta.kind === "external";
      if (external && !instances.has(meta.target)) instances.set(meta.target, new (meta.target as new () => unknown)());
      const resolverInstance = instances.get(meta.target) as Record<string, Function>;
      const fast: GraphQLFieldResolver<any, any> = (root, args, context, info) => {
        // Internal fields are methods of the row object; a plain object would need type-graphql's conversion.
        if (!external && !(root instanceof objectClass)) return generated(root, args, context, info);
        const target = external ? resolverInstance : root;
        const handler = target[methodName];
        if (typeof handler !== "function") return handler;
        const values = new Array(readers.length);
        for (let i = 0; i < readers.length; i++) {
          const read = readers[i]!(root, args, context, info);
          if (read === undefined) return generated(root, args, context, info);
          values[i] = read.value;
        }
        return handler.apply(target, values);
      };
      field.resolve = fast;
      replaced++;
    }
  }
  return replaced;
}

import { validateSync, getMetadataStorage as getValidatorStorage, ValidationTypes, type ValidatorOptions } from "class-validator";
import { isObjectType, type FieldNode, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import {
  argsTypeFields, fieldResolversOf, isInputTypeClass, objectTypeClasses, type ArgParamMetadata as ArgParam, type ParamMetadata as Param,
} from "./type-graphql-adapter";

type ValidateSettings = boolean | ValidatorOptions;

/**
 * type-graphql 2.0.0-rc.4 checks every argument in an `async` function, so every field with an
 * argument resolves through a promise even when nothing needs checking: on a page of 50
 * organisations that is ~300 `name(language:)` fields and every nested connection (`activities(first:)`),
 * a large share of the request's CPU. This replaces the generated resolver of such nested fields by
 * a synchronous one (fields of a row's methods without arguments too, skipping type-graphql's per-call
 * wrapper) that converts and validates the arguments the same way (class-validator with the
 * options type-graphql uses, failures as type-graphql's ArgumentValidationError), and calls the same
 * method (measured on page (b), `bench/cpu-per-request.js organisations`: 13.1–13.7 CPU ms per
 * request with the generated resolvers, 8.5–9.5 with this, 2026-12-01). Anything it does not handle
 * keeps the generated resolver: root fields (called once per
 * request), fields with roles or middlewares, custom param decorators, validateFn, async validators,
 * and input-object arguments whenever a value is given. fast-resolvers.test.ts runs the same
 * arguments through both and compares; buildYhdyspintaSchema refuses the `container` and `validateFn`
 * options this path would bypass. type-graphql's metadata is read through type-graphql-adapter.ts.
 */

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
    if (!isInputTypeClass(type)) return (args) => ({ value: copyList(args[name]) });
    return (args) => (args[name] == null ? { value: args[name] } : undefined);
  }
  const ArgsClass = type as new () => Record<string, unknown>;
  const fields = argsTypeFields(ArgsClass);
  if (!fields || fields.some((f) => isInputTypeClass(f.getType())) || hasAsyncValidation(ArgsClass)) return null;
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

export function makeNestedArgumentsSynchronous(schema: GraphQLSchema, options: SyncFieldArgsOptions): number {
  if (options.hasGlobalMiddlewares) return 0;
  const rootTypes = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  const classOf = objectTypeClasses();
  const instances = new Map<Function, unknown>();
  let replaced = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || rootTypes.has(type) || type.name.startsWith("__")) continue;
    const objectClass = classOf.get(type.name);
    if (!objectClass) continue;
    const fields = type.getFields();
    // The same choice type-graphql makes: the first matching field resolver of a class in the schema.
    const resolversOf = fieldResolversOf(objectClass, options.resolvers);
    for (const field of Object.values(fields)) {
      if (!field.resolve) continue;
      const meta = resolversOf.get(field.name);
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

import { getMetadataStorage as getValidatorStorage, validate, type ValidationError, type ValidatorOptions } from "class-validator";
import { ArgumentValidationError, type ValidatorFn } from "type-graphql";

/**
 * type-graphql's own argument check (resolvers/validate-arg.js at TYPE_GRAPHQL_VERSION) as a
 * schema-wide validateFn: the same class-validator call with the same options, failures as the same
 * ArgumentValidationError. type-graphql's version `require`s class-validator and copies its ~250
 * exports into a new object on every argument of every call (`await import()` compiled to CommonJS):
 * about a tenth of a mutation's CPU (bench/results/2026-12-02-mutations-profile.md).
 * buildYhdyspintaSchema uses it only while no argument declares settings of its own.
 */
export function argumentValidator(settings: ValidatorOptions): ValidatorFn {
  const options: ValidatorOptions = { ...settings };
  if (options.skipMissingProperties !== false) options.skipMissingProperties = true;
  if (options.forbidUnknownValues !== true) options.forbidUnknownValues = false;
  const validated = (value: unknown) => value !== null && typeof value === "object";
  return async (value: unknown) => {
    if (!validated(value)) return;
    let errors: ValidationError[];
    if (Array.isArray(value)) {
      // As validateOrReject per item under Promise.all: the first failing item's errors.
      const results = await Promise.all(value.filter(validated).map((item) => validate(item as object, options)));
      errors = results.find((r) => r.length > 0) ?? [];
    } else {
      errors = await validate(value as object, options);
    }
    if (errors.length > 0) throw new ArgumentValidationError(errors);
  };
}

let memoised = false;

/**
 * class-validator looks up a class's constraints on every validation by scanning the constraints of
 * every decorated class (for inherited ones) and regrouping them by property: on this schema's
 * hundred-odd input classes, more than the constraints' own checks cost. Constraints are declared by
 * decorators when classes are defined, so the answer per class is kept, and forgotten whenever
 * anything is registered (a class defined later, registerDecorator, a schema).
 */
export function memoiseValidationMetadata(): void {
  if (memoised) return;
  memoised = true;
  const storage = getValidatorStorage();
  type Lookup = typeof storage.getTargetValidationMetadatas;
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  let answers = new Map<Function, Map<string, ReturnType<Lookup>>>();
  let grouped = new WeakMap<object, ReturnType<typeof group>>();
  const forget = () => {
    answers = new Map();
    grouped = new WeakMap();
  };
  for (const method of ["addValidationSchema", "addValidationMetadata", "addConstraintMetadata"] as const) {
    const register = (storage[method] as (...args: unknown[]) => void).bind(storage);
    (storage as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      forget();
      register(...args);
    };
  }
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    // Schemas (string targets) and groups are rare: asked of class-validator as they come.
    if (schema || (groups && groups.length > 0) || typeof target !== "function") return lookup(target, schema, always, strictGroups, groups);
    const key = `${Boolean(always)}|${Boolean(strictGroups)}`;
    let byKey = answers.get(target);
    if (!byKey) answers.set(target, (byKey = new Map()));
    let answer = byKey.get(key);
    if (!answer) byKey.set(key, (answer = lookup(target, schema, always, strictGroups, groups)));
    return answer;
  };
  storage.groupByPropertyName = (metadata) => {
    let answer = grouped.get(metadata);
    if (!answer) grouped.set(metadata, (answer = group(metadata)));
    return answer;
  };
}

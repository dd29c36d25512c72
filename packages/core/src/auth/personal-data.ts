import { defaultFieldResolver, isInterfaceType, isNonNullType, isObjectType, type GraphQLField, type GraphQLSchema } from "graphql";
import { Extensions } from "type-graphql";
import type { YhdyspintaContext } from "../context/request-context";
import { TextField } from "../graphql/entity-fields";

/** The field extension `@PersonalData()` sets; read when the schema is built. */
export const PERSONAL_DATA = "personalData";

export interface PersonalDataOptions {
  /**
   * A boolean property of the parent object that says the person agreed to publication of this
   * field (e.g. "publicationConsent"); when it is true, anonymous callers see the value too.
   */
  consentProperty?: string;
}

/**
 * Marks a field holding personal data of a person (their name, e-mail, phone): anonymous callers
 * get null (no error) unless the record says the person agreed to publication; signed-in users see
 * it. The field must be nullable. The rule is enforced in one place, when the schema is built
 * (`enforcePersonalData`), for the core and every region plug-in alike:
 *
 *   @PersonalData({ consentProperty: "publicationConsent" })
 *   @Field(() => String, { nullable: true })
 *   email: string | null;
 */
export function PersonalData(options: PersonalDataOptions = {}): MethodDecorator & PropertyDecorator {
  return Extensions({ [PERSONAL_DATA]: { consentProperty: options.consentProperty ?? null } });
}

/**
 * A person's text (name, e-mail, phone) as an entity property: `@PersonalData(options)` on a
 * `TextField`, nullable in the schema (anonymous callers get null) whatever the column allows;
 * `required` makes the column NOT NULL.
 */
export function PersonalText(options: PersonalDataOptions & { required?: boolean; column?: string } = {}): PropertyDecorator {
  const { required = false, column, ...marking } = options;
  const field = TextField({ nullable: true, columnNullable: !required, column });
  const marked = PersonalData(marking);
  return (target, key) => {
    field(target, key);
    marked(target, key);
  };
}

/** The field's @PersonalData() options, or undefined when it is not marked. */
export function personalDataOf(field: GraphQLField<unknown, unknown>): PersonalDataOptions | undefined {
  const marked = field.extensions?.[PERSONAL_DATA] as { consentProperty: string | null } | undefined;
  return marked ? { consentProperty: marked.consentProperty ?? undefined } : undefined;
}

/**
 * Wraps the resolver of every field marked @PersonalData(): without a viewer, and without the
 * record's consent, the field resolves to null before its own resolver runs. Throws at start-up when
 * a marked field is non-null (null is how an anonymous caller is answered). Returns the number of
 * fields wrapped.
 */
export function enforcePersonalData(schema: GraphQLSchema): number {
  let wrapped = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if ((!isObjectType(type) && !isInterfaceType(type)) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const options = personalDataOf(field);
      if (!options) continue;
      if (isNonNullType(field.type)) {
        throw new Error(`${type.name}.${field.name} is marked @PersonalData() but is non-null: make it nullable, anonymous callers get null`);
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      const consent = options.consentProperty;
      field.resolve = (root, args, context: Partial<YhdyspintaContext> | undefined, info) => {
        if (context?.viewer) return resolve(root, args, context, info);
        if (consent && (root as Record<string, unknown> | null)?.[consent] === true) return resolve(root, args, context, info);
        return null;
      };
      wrapped++;
    }
  }
  return wrapped;
}

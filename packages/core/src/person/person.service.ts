import type { GraphQLResolveInfo } from "graphql";
import type { EntityManager } from "typeorm";
import { authorize } from "../auth/policy";
import type { YhdyspintaContext } from "../context/request-context";
import { Reason } from "../errors/error-reasons";
import { NotFoundError, UserInputError } from "../errors/errors";
import { parseIntId, toGlobalId } from "../graphql/global-id";
import type { ConnectionValue } from "../graphql/graphql-types";
import { uniq } from "../graphql/uniq";
import { emitReformEvent } from "../milestone/reform-event";
import { Organisation } from "../organisation/organisation.entity";
import { requireOrganisation } from "../organisation/organisation.service";
import { columnsOf, hydrator, loadConnection, loadConnectionByParent } from "../query/connection-loader";
import { columnSortKey, listOrdering, NO_DATE, type ListOrderingOptions, type OrderItem } from "../query/ordering";
import type { ListSpec, PageArgs } from "../query/pagination";
import { insertRow, updateRow } from "../query/row-writes";
import { SqlParams } from "../query/sql";
import { inTransaction } from "../query/transaction";
import { scopeConditions } from "../region/reference-data.service";
import { requireKnownCode, vocabularyLabel } from "../vocabulary/vocabulary-registry";
import { ContactRole, Person } from "./person.entity";
import type { AddContactRoleInput, ContactRoleFilter, CreatePersonInput, UpdatePersonInput } from "./person.inputs";

const hydrateRole = hydrator(ContactRole);
/** What `orderBy` offers; each single key has an index on (key, id) (migration 1736300000000). */
const ROLE_ORDERS: ListOrderingOptions = {
  fields: {
    TYPE: columnSortKey("t.type", "text"),
    VALID_FROM: columnSortKey(`COALESCE(t.valid_from, ${NO_DATE})`, "date"),
    VALID_UNTIL: columnSortKey(`COALESCE(t.valid_until, ${NO_DATE})`, "date"),
    CREATED_AT: columnSortKey("t.created_at", "timestamptz"),
    UPDATED_AT: columnSortKey("t.updated_at", "timestamptz"),
  },
  defaultOrder: [{ field: "TYPE", direction: "ASC" }],
};
const IN_REGIONS = (codes: string) =>
  `(t.region_code = ${codes} OR t.municipality_code IN (SELECT code FROM municipality WHERE region_code = ${codes}))`;
const PARENTS = {
  region: { keyType: "text", condition: IN_REGIONS("p.key") },
  municipality: { keyType: "text", condition: "t.municipality_code = p.key" },
  person: { keyType: "int", condition: "t.person_id = p.key" },
} as const;
export type ContactRoleParent = keyof typeof PARENTS;

const today = () => new Date().toISOString().slice(0, 10);

async function lockPerson(em: EntityManager, id: number, field: string): Promise<{ id: number; name: string; regionCode: string }> {
  const [row] = await em.query(`SELECT id, name, region_code AS "regionCode" FROM person WHERE id = $1 FOR NO KEY UPDATE`, [id]);
  if (!row) throw new UserInputError("The person does not exist", { field, reason: Reason.UNKNOWN_PERSON });
  return row;
}

export class PersonService {
  roleSpec(ctx: YhdyspintaContext, filter: ContactRoleFilter | null | undefined, orderBy?: readonly OrderItem[] | null): ListSpec {
    const params = new SqlParams();
    const f = filter ?? {};
    const where = scopeConditions(ctx.reference, f, params, { regions: IN_REGIONS, municipalities: (codes) => `t.municipality_code = ${codes}` });
    if (f.types != null) where.push(`t.type = ANY(${params.add(uniq(f.types), "text[]")})`);
    if (f.current != null) {
      const valid = `(t.valid_from IS NULL OR t.valid_from <= current_date) AND (t.valid_until IS NULL OR t.valid_until >= current_date)`;
      where.push(f.current ? `(${valid})` : `NOT (${valid})`);
    }
    const ordering = listOrdering(params, where, null, orderBy, ROLE_ORDERS);
    return { from: "contact_role t", columns: columnsOf(ctx.dataSource.getMetadata(ContactRole)), filters: where, params, ordering };
  }

  roles(
    ctx: YhdyspintaContext, filter: ContactRoleFilter | null | undefined, args: PageArgs, info?: GraphQLResolveInfo, orderBy?: readonly OrderItem[] | null,
  ): Promise<ConnectionValue<ContactRole>> {
    return loadConnection(ctx, this.roleSpec(ctx, filter, orderBy), args, hydrateRole, info);
  }

  rolesByParent(
    ctx: YhdyspintaContext, relation: ContactRoleParent, key: string | number, filter: ContactRoleFilter | null | undefined, args: PageArgs, info?: GraphQLResolveInfo,
    orderBy?: readonly OrderItem[] | null,
  ): Promise<ConnectionValue<ContactRole>> {
    return loadConnectionByParent(ctx, this.roleSpec(ctx, filter, orderBy), args, hydrateRole, {
      cacheKey: `ContactRole.by.${relation}|${JSON.stringify(filter ?? {})}|${JSON.stringify(orderBy ?? [])}`, key, parent: PARENTS[relation], info,
    });
  }

  async createPerson(ctx: YhdyspintaContext, input: CreatePersonInput): Promise<Person> {
    const regionCode = ctx.reference.requireRegion(input.regionCode, "regionCode").code;
    const organisationId = input.organisationId == null ? null : parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    authorize(ctx, "cooperation:manage", { regionCodes: [regionCode] });
    return inTransaction(ctx, async (em) => {
      if (organisationId !== null) await requireOrganisation(em, organisationId);
      return Object.assign(new Person(), await insertRow(em, ctx.dataSource.getMetadata(Person), {
        name: input.name, title: input.title ?? null, email: input.email ?? null, phone: input.phone ?? null, organisationId, regionCode,
        publicationConsent: input.publicationConsent ?? false,
      }));
    });
  }

  async updatePerson(ctx: YhdyspintaContext, globalId: string, input: UpdatePersonInput): Promise<Person> {
    const id = parseIntId(globalId, Person.typeName);
    if (input.name === null) throw new UserInputError("name cannot be cleared", { field: "name", reason: Reason.REQUIRED });
    if (input.publicationConsent === null) throw new UserInputError("publicationConsent cannot be cleared", { field: "publicationConsent", reason: Reason.REQUIRED });
    const changes: Record<string, unknown> = {};
    for (const key of ["name", "title", "email", "phone", "publicationConsent"] as const) if (input[key] !== undefined) changes[key] = input[key];
    if (input.organisationId !== undefined) {
      changes.organisationId = input.organisationId === null ? null : parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    }
    return inTransaction(ctx, async (em) => {
      const [row] = await em.query(`SELECT region_code AS "regionCode" FROM person WHERE id = $1 FOR NO KEY UPDATE`, [id]);
      if (!row) throw new NotFoundError(Person.typeName, globalId);
      authorize(ctx, "cooperation:manage", { regionCodes: [row.regionCode] });
      if (changes.organisationId != null) await requireOrganisation(em, changes.organisationId as number);
      const meta = ctx.dataSource.getMetadata(Person);
      return Object.assign(new Person(), Object.keys(changes).length
        ? await updateRow(em, meta, { dbId: id }, changes)
        : (await em.query(`SELECT ${columnsOf(meta)} FROM person t WHERE t.id = $1`, [id]))[0]);
    });
  }

  async deletePerson(ctx: YhdyspintaContext, globalId: string): Promise<string> {
    const id = parseIntId(globalId, Person.typeName);
    await inTransaction(ctx, async (em) => {
      const [row] = await em.query(`SELECT region_code AS "regionCode" FROM person WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw new NotFoundError(Person.typeName, globalId);
      authorize(ctx, "cooperation:manage", { regionCodes: [row.regionCode] });
      // Roles go with the person (cascade): tell their regions, as removeContactRole would.
      const roles: { id: number; type: string; regionCode: string }[] = await em.query(
        `SELECT r.id, r.type, COALESCE(r.region_code, m.region_code) AS "regionCode" FROM contact_role r
         LEFT JOIN municipality m ON m.code = r.municipality_code WHERE r.person_id = $1 FOR UPDATE OF r`, [id]);
      for (const role of roles) authorize(ctx, "cooperation:manage", { regionCodes: [role.regionCode] });
      await em.query(`DELETE FROM person WHERE id = $1`, [id]);
      for (const role of roles) await this.roleEvent(em, role.id, role.type, role.regionCode, today(), "CANCELLED");
    });
    return toGlobalId(Person.typeName, id);
  }

  /** The timeline entry of a role; the person's name is not in it (anonymous readers see milestones). */
  private roleEvent(em: EntityManager, id: number, type: string, regionCode: string, date: string, status?: "CANCELLED") {
    return emitReformEvent(em, {
      subjectType: ContactRole.typeName, subjectId: id, regionCodes: [regionCode], kind: "CONTACT_ROLE",
      title: { fi: vocabularyLabel("contactRoleTypes", type, "FI"), sv: vocabularyLabel("contactRoleTypes", type, "SV"), en: vocabularyLabel("contactRoleTypes", type, "EN") },
      date, status: status ?? "COMPLETED",
    });
  }

  async addRole(ctx: YhdyspintaContext, input: AddContactRoleInput): Promise<ContactRole> {
    const personId = parseIntId(input.personId, Person.typeName, "personId");
    const type = requireKnownCode("contactRoleTypes", input.type, "type");
    if ((input.regionCode == null) === (input.municipalityCode == null)) {
      throw new UserInputError("Give exactly one of regionCode and municipalityCode", { field: "regionCode", reason: Reason.ONE_OF });
    }
    const regionCode = input.regionCode != null
      ? ctx.reference.requireRegion(input.regionCode, "regionCode").code
      : ctx.reference.requireMunicipality(input.municipalityCode!, "municipalityCode").regionCode;
    if (input.validFrom && input.validUntil && input.validUntil < input.validFrom) {
      throw new UserInputError("validUntil must not be before validFrom", { field: "validUntil", reason: Reason.ENDS_BEFORE_START });
    }
    const organisationId = input.organisationId == null ? null : parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    authorize(ctx, "cooperation:manage", { regionCodes: [regionCode] });
    return inTransaction(ctx, async (em) => {
      const person = await lockPerson(em, personId, "personId");
      // The person's record is kept by its region's coordinators: both regions must agree.
      authorize(ctx, "cooperation:manage", { regionCodes: uniq([regionCode, person.regionCode]) });
      if (organisationId !== null) await requireOrganisation(em, organisationId);
      const role = Object.assign(new ContactRole(), await insertRow(em, ctx.dataSource.getMetadata(ContactRole), {
        personId, type, topic: input.topic ?? null, regionCode: input.regionCode ?? null, municipalityCode: input.municipalityCode ?? null,
        organisationId, validFrom: input.validFrom ?? null, validUntil: input.validUntil ?? null,
      }));
      await this.roleEvent(em, role.dbId, type, regionCode, role.validFrom ?? today());
      return role;
    });
  }

  async removeRole(ctx: YhdyspintaContext, globalId: string): Promise<string> {
    const id = parseIntId(globalId, ContactRole.typeName);
    await inTransaction(ctx, async (em) => {
      const [row] = await em.query(
        `SELECT r.type, COALESCE(r.region_code, m.region_code) AS "regionCode" FROM contact_role r
         LEFT JOIN municipality m ON m.code = r.municipality_code WHERE r.id = $1 FOR UPDATE OF r`, [id]);
      if (!row) throw new NotFoundError(ContactRole.typeName, globalId);
      authorize(ctx, "cooperation:manage", { regionCodes: [row.regionCode] });
      await em.query(`DELETE FROM contact_role WHERE id = $1`, [id]);
      await this.roleEvent(em, id, row.type, row.regionCode, today(), "CANCELLED");
    });
    return toGlobalId(ContactRole.typeName, id);
  }
}

export const personService = new PersonService();

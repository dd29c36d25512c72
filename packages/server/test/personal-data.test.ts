import { personalDataOf } from "@yhdyspinta/core/internal";
import { buildSchemaFor, loadRegionPlugins } from "@yhdyspinta/server";
import { createTestEnvironment, type TestEnvironment } from "@yhdyspinta/testing";
import {
  getNamedType, isInterfaceType, isObjectType, type GraphQLField, type GraphQLResolveInfo, type GraphQLSchema,
} from "graphql";

/**
 * One rule for personal data (issue 11, item 8): names and contact details of people are shown to
 * signed-in users only, unless the record says the person agreed to publication. Fields are marked
 * with @PersonalData() in the core and in every plug-in; the rule is enforced when the schema is built.
 */

/** Every readable field of the schema with every plug-in under regions/ loaded. */
function fieldsOf(schema: GraphQLSchema): { coordinate: string; field: GraphQLField<unknown, unknown> }[] {
  const out: { coordinate: string; field: GraphQLField<unknown, unknown> }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if ((!isObjectType(type) && !isInterfaceType(type)) || type.name.startsWith("__")) continue;
    if (type === schema.getMutationType() || type === schema.getSubscriptionType()) continue;
    for (const field of Object.values(type.getFields())) out.push({ coordinate: `${type.name}.${field.name}`, field });
  }
  return out;
}

/** What looks like a person's data: e-mail addresses, phone numbers, names of people (members, deputies, contacts, nominees...). */
const CONTACT = /e-?mail|phone|puhelin|sähköposti/i;
const PERSON = /person|member|deputy|nominee|representative|contact|henkilö|jäsen/i;
/**
 * Channels that are public by design, not a person's: an activity's own contact (issue 14: the
 * activity's phone, e-mail and web, an organisational channel a service advisor refers people to).
 */
const PUBLIC_CHANNELS = new Set(["ActivityContact.phone", "ActivityContact.email"]);
function looksPersonal(coordinate: string, field: GraphQLField<unknown, unknown>): boolean {
  if (getNamedType(field.type).name !== "String" || PUBLIC_CHANNELS.has(coordinate)) return false;
  const name = field.name;
  if (CONTACT.test(name)) return true;
  // memberName, countyContactName...; or `name` of a type that is a person (PohjoisKarjalaNgoContactPerson).
  if (/name$/i.test(name) && PERSON.test(name)) return true;
  if (name === "name" && PERSON.test(coordinate.slice(0, coordinate.indexOf(".")))) return true;
  return /^(representative|deputy|member|nominee|contactPerson)$/i.test(name);
}

let schema: GraphQLSchema;
beforeAll(async () => { schema = await buildSchemaFor(loadRegionPlugins(null)); });

describe("the schema with every plug-in", () => {
  it("marks every field that looks like a person's data with @PersonalData()", () => {
    const personal = fieldsOf(schema).filter(({ coordinate, field }) => looksPersonal(coordinate, field));
    expect(personal.length).toBeGreaterThan(0);
    expect(personal.filter(({ field }) => !personalDataOf(field)).map((f) => f.coordinate)).toEqual([]);
  });

  it("answers every marked field with null to an anonymous caller, before its own resolver runs", async () => {
    const marked = fieldsOf(schema).filter(({ field }) => personalDataOf(field));
    expect(marked.length).toBeGreaterThan(0);
    const info = {} as GraphQLResolveInfo;
    for (const { coordinate, field } of marked) {
      const root: Record<string, unknown> = { [field.name]: "Maija Meikäläinen", email: "maija@example.fi", phone: "+358 40 123 4567" };
      const consent = personalDataOf(field)!.consentProperty;
      if (consent) root[consent] = false;
      const anonymous = await field.resolve!(root, {}, { viewer: null }, info);
      expect({ coordinate, value: anonymous }).toEqual({ coordinate, value: null });
      const signedIn = await field.resolve!(root, {}, { viewer: { subject: "x", roles: ["editor"], organisationIds: [], regionCodes: [] } }, info);
      expect({ coordinate, hidden: signedIn === null }).toEqual({ coordinate, hidden: false });
      if (consent) {
        const published = await field.resolve!({ ...root, [consent]: true }, {}, { viewer: null }, info);
        expect({ coordinate, hidden: published === null }).toEqual({ coordinate, hidden: false });
      }
    }
  });
});

describe("a municipal NGO contact person (the probe's finding, now a core Person with a contact role)", () => {
  let env: TestEnvironment;
  beforeAll(async () => { env = await createTestEnvironment({ plugins: loadRegionPlugins(["pohjois-karjala"]), seed: "demo" }); });
  afterAll(async () => { await env?.close(); });

  const QUERY = `{ municipality(code: "167") { contactRoles(filter: { types: ["MUNICIPAL_NGO_CONTACT"] }, first: 1) { nodes { person { id name title email phone publicationConsent } } } } }`;
  const contact = (res: any) => res.data.municipality.contactRoles.nodes[0].person;

  it("is hidden from anonymous callers, shown to signed-in users, and to everyone once the person agreed", async () => {
    const coordinator = await env.token({ roles: ["coordinator"], regions: ["14"] });
    const token = await env.token({ roles: ["editor"] });
    const { id } = contact(await env.query(QUERY, undefined, { token }));
    const UPDATE = `mutation($id: ID!, $input: UpdatePersonInput!) { updatePerson(id: $id, input: $input) { name } }`;
    expect((await env.query(UPDATE, { id, input: { publicationConsent: false } }, { token: coordinator })).errors).toBeUndefined();
    const anonymous = await env.query(QUERY);
    expect(anonymous.errors).toBeUndefined();
    expect(contact(anonymous)).toMatchObject({ name: null, email: null, phone: null, publicationConsent: false });
    const signedIn = contact(await env.query(QUERY, undefined, { token }));
    expect(signedIn.name).toMatch(/\S/);
    expect(signedIn.email).toMatch(/@/);

    const set = await env.query(UPDATE, {
      id, input: { name: "Maija Meikäläinen", email: "maija@example.fi", phone: "+358 40 123 4567", publicationConsent: true },
    }, { token: coordinator });
    expect(set.errors).toBeUndefined();
    const published = await env.query(QUERY);
    expect(contact(published)).toMatchObject({ name: "Maija Meikäläinen", email: "maija@example.fi", phone: "+358 40 123 4567", publicationConsent: true });
  });
});

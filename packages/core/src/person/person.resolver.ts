import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Role } from "../auth/roles";
import type { YhdyspintaContext } from "../context/request-context";
import { connectionFieldResolver, connectionQueryResolver } from "../graphql/connection-resolver";
import { Language } from "../graphql/enums";
import { deleteMutation, inputMutation, mutationResolver, updateMutation } from "../graphql/mutation-resolver";
import { Organisation } from "../organisation/organisation.entity";
import { organisationService } from "../organisation/organisation.service";
import { loadEntityById } from "../query/entity-loader";
import { Municipality } from "../region/municipality.entity";
import { regionListResolvers } from "../region/region-lists.resolver";
import { WellbeingRegion } from "../region/wellbeing-region.entity";
import type { LanguageValue } from "../vocabulary/vocabulary";
import { vocabularyLabel } from "../vocabulary/vocabulary-registry";
import { ContactRoleConnection } from "./person.connection";
import { ContactRole, Person } from "./person.entity";
import { AddContactRoleInput, ContactRoleFilter, ContactRoleOrder, CreatePersonInput, UpdatePersonInput } from "./person.inputs";
import { personService as service } from "./person.service";

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() person: Person, @Ctx() ctx: YhdyspintaContext): Promise<Organisation | null> | null {
    return person.organisationId === null ? null : organisationService.findById(ctx, person.organisationId);
  }

  @FieldResolver(() => WellbeingRegion, { description: "The region whose coordinators keep the record." })
  region(@Root() person: Person, @Ctx() ctx: YhdyspintaContext): WellbeingRegion {
    return ctx.reference.region(person.regionCode)!;
  }
}

export const PersonRolesResolver = connectionFieldResolver(Person, {
  field: "roles", connection: ContactRoleConnection, filter: ContactRoleFilter, order: ContactRoleOrder,
  list: (ctx, person, filter, page, orderBy, info) => service.rolesByParent(ctx, "person", person.dbId, filter, page, info, orderBy),
});

export const ContactRolesQueryResolver = connectionQueryResolver({
  field: "contactRoles", connection: ContactRoleConnection, filter: ContactRoleFilter, order: ContactRoleOrder,
  description: "Contact persons, counterparts, coordinators, change-support experts and experts by experience of every region and municipality.",
  list: (ctx, _root, filter, page, orderBy, info) => service.roles(ctx, filter, page, info, orderBy),
});

@Resolver(() => ContactRole)
export class ContactRoleResolver {
  @FieldResolver(() => String, { description: "The type's label (contactRoleTypes vocabulary)." })
  typeLabel(@Root() role: ContactRole, @Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): string {
    return vocabularyLabel("contactRoleTypes", role.type, language);
  }

  @FieldResolver(() => Person)
  async person(@Root() role: ContactRole, @Ctx() ctx: YhdyspintaContext): Promise<Person> {
    return (await loadEntityById(ctx, Person, role.personId))!;
  }

  @FieldResolver(() => WellbeingRegion, { description: "The role's region: its own, or its municipality's." })
  region(@Root() role: ContactRole, @Ctx() ctx: YhdyspintaContext): WellbeingRegion {
    return ctx.reference.region(role.regionCode ?? ctx.reference.municipality(role.municipalityCode!)!.regionCode)!;
  }

  @FieldResolver(() => Municipality, { nullable: true, description: "Set for a municipal role." })
  municipality(@Root() role: ContactRole, @Ctx() ctx: YhdyspintaContext): Municipality | null {
    return role.municipalityCode === null ? null : ctx.reference.municipality(role.municipalityCode)!;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The employer, e.g. the network NGO of a regional coordinator." })
  organisation(@Root() role: ContactRole, @Ctx() ctx: YhdyspintaContext): Promise<Organisation | null> | null {
    return role.organisationId === null ? null : organisationService.findById(ctx, role.organisationId);
  }
}

export const PersonMutationResolver = mutationResolver("PersonMutationResolver", [Role.COORDINATOR, Role.ADMIN], {
  createPerson: inputMutation(Person, CreatePersonInput, (ctx, input) => service.createPerson(ctx, input), {
    description: "Coordinators of the person's region (regionCode) keep the record.",
  }),
  updatePerson: updateMutation(Person, UpdatePersonInput, (ctx, id, input) => service.updatePerson(ctx, id, input)),
  deletePerson: deleteMutation((ctx, id) => service.deletePerson(ctx, id), { description: "Deletes the person with their roles (their body seats become vacant)." }),
  addContactRole: inputMutation(ContactRole, AddContactRoleInput, (ctx, input) => service.addRole(ctx, input), {
    description: "Coordinators of the role's region and of the person's region.",
  }),
  removeContactRole: deleteMutation((ctx, id) => service.removeRole(ctx, id)),
});

export const [RegionContactRolesResolver, MunicipalityContactRolesResolver] = regionListResolvers<ContactRoleFilter>({
  field: "contactRoles", connection: ContactRoleConnection, filter: ContactRoleFilter, order: ContactRoleOrder,
  description: { region: "Roles for the region or one of its municipalities.", municipality: "Roles for the municipality, e.g. its NGO contact person." },
  list: (ctx, parent, code, filter, page, orderBy, info) => service.rolesByParent(ctx, parent, code, filter, page, info, orderBy),
});

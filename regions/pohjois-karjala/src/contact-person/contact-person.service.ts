import { inTransaction, Organisation, parseIntId, requireRegionRole, UserInputError, type YhdyspintaContext, requireOrganisation } from "@yhdyspinta/core";
import { POHJOIS_KARJALA } from "../region";
import { PohjoisKarjalaNgoContactPerson } from "./contact-person.entity";
import { Reason } from "../reasons";
import type { SetPohjoisKarjalaNgoContactPersonInput } from "./contact-person.inputs";

/** The writes of this feature: its SQL (the resolvers call these). */
export class ContactPersonService {
  setPohjoisKarjalaNgoContactPerson(ctx: YhdyspintaContext, input: SetPohjoisKarjalaNgoContactPersonInput): Promise<PohjoisKarjalaNgoContactPerson> {
    const municipality = ctx.reference.requireMunicipality(input.municipalityCode);
    if (municipality.regionCode !== POHJOIS_KARJALA) {
      throw new UserInputError(`${municipality.nameFi} is not in Pohjois-Karjala`, { field: "municipalityCode", reason: Reason.MUNICIPALITY_OUTSIDE_REGION });
    }
    // Municipalities name their contact persons: a coordinator of the municipality's region (or an admin) records them.
    requireRegionRole(ctx, municipality.regionCode);
    const organisationId = input.organisationId == null ? null : parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    return inTransaction(ctx, async (em) => {
      if (organisationId !== null) {
        await requireOrganisation(em, organisationId);
      }
      const person = em.create(PohjoisKarjalaNgoContactPerson, {
        municipalityCode: municipality.code, name: input.name, title: input.title ?? null, email: input.email ?? null, phone: input.phone ?? null, organisationId,
        publicationConsent: input.publicationConsent ?? false,
      });
      await em.save(person); // primary key = municipality: replaces the previous person
      return person;
    });
  }
}

export const contactPersons = new ContactPersonService();

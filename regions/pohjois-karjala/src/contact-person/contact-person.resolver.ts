import { loadEntitiesByKey, Municipality, Organisation, organisationService, Role, type YhdyspintaContext } from "@yhdyspinta/core";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { POHJOIS_KARJALA } from "../region";
import { PohjoisKarjalaNgoContactPerson } from "./contact-person.entity";
import { SetPohjoisKarjalaNgoContactPersonInput } from "./contact-person.inputs";
import { contactPersons } from "./contact-person.service";

@Resolver(() => PohjoisKarjalaNgoContactPerson)
export class PohjoisKarjalaNgoContactPersonResolver {
  @FieldResolver(() => Municipality)
  municipality(@Root() p: PohjoisKarjalaNgoContactPerson, @Ctx() ctx: YhdyspintaContext): Municipality {
    return ctx.reference.municipality(p.municipalityCode)!;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() p: PohjoisKarjalaNgoContactPerson, @Ctx() ctx: YhdyspintaContext): Promise<Organisation | null> | null {
    return p.organisationId === null ? null : organisationService.findById(ctx, p.organisationId);
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => PohjoisKarjalaNgoContactPerson, { description: "Pohjois-Karjala: names the NGO contact person of a municipality." })
  setPohjoisKarjalaNgoContactPerson(
    @Ctx() ctx: YhdyspintaContext,
    @Arg("input", () => SetPohjoisKarjalaNgoContactPersonInput) input: SetPohjoisKarjalaNgoContactPersonInput,
  ): Promise<PohjoisKarjalaNgoContactPerson> {
    return contactPersons.setPohjoisKarjalaNgoContactPerson(ctx, input);
  }
}

/** Adds `Municipality.ngoContactPerson`. */
@Resolver(() => Municipality)
export class MunicipalityNgoContactPersonResolver {
  @FieldResolver(() => PohjoisKarjalaNgoContactPerson, {
    nullable: true, description: "Pohjois-Karjala: the municipality's named NGO contact person; null elsewhere or while unnamed.",
  })
  async ngoContactPerson(@Root() m: Municipality, @Ctx() ctx: YhdyspintaContext): Promise<PohjoisKarjalaNgoContactPerson | null> {
    if (m.regionCode !== POHJOIS_KARJALA) return null;
    return (await loadEntitiesByKey(ctx, PohjoisKarjalaNgoContactPerson, "municipality_code", m.code))[0] ?? null;
  }
}

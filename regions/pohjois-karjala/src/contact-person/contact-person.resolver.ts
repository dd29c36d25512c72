import {
  inTransaction, loadEntitiesByKey, Municipality, Organisation, organisationService, parseIntId, requireRegionRole, Role, UserInputError, type YhdyspintaContext,
  requireOrganisation,
} from "@yhdyspinta/core";
import { IsEmail, IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from "type-graphql";
import { POHJOIS_KARJALA } from "../region";
import { PohjoisKarjalaNgoContactPerson } from "./contact-person.entity";
import { Reason } from "../reasons";

@InputType({ description: "Names or replaces the NGO contact person of a municipality of Pohjois-Karjala." })
export class SetPohjoisKarjalaNgoContactPersonInput {
  @Field()
  @Matches(/^[0-9]{3}$/)
  municipalityCode: string;

  @Field()
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,30}$/)
  phone?: string | null;

  @Field(() => ID, { nullable: true, description: "The organisation the person works for, if any." })
  @IsOptional()
  @MaxLength(200)
  organisationId?: string | null;
}

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
      });
      await em.save(person); // primary key = municipality: replaces the previous person
      return person;
    });
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

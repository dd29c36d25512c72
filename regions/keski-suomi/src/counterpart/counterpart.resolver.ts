import {
  inTransaction, loadEntitiesByKey, Organisation, organisationService, parseIntId, requireRegionRole, Role, UserInputError, type YhdyspintaContext,
  requireOrganisation,
} from "@yhdyspinta/core";
import { IsOptional, Length, MaxLength } from "class-validator";
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from "type-graphql";
import { KeskiSuomiCounterpart } from "./counterpart.entity";

const REGION = "15";

@InputType({ description: "Names the county's counterpart for a topic; an existing topic is updated." })
export class SetKeskiSuomiCounterpartInput {
  @Field()
  @Length(1, 200)
  topic: string;

  @Field()
  @Length(1, 200)
  countyContactName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  countyContactTitle?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  ngoContactName?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  ngoOrganisationId?: string | null;
}

@Resolver(() => KeskiSuomiCounterpart)
export class KeskiSuomiCounterpartResolver {
  @Query(() => [KeskiSuomiCounterpart], { description: "Keski-Suomi: the county's counterparts (vastinparit) by preparation topic." })
  keskiSuomiCounterparts(@Ctx() ctx: YhdyspintaContext): Promise<KeskiSuomiCounterpart[]> {
    return loadEntitiesByKey(ctx, KeskiSuomiCounterpart, "region_code", REGION, "t.topic, t.id");
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation of the NGO contact person." })
  ngoOrganisation(@Root() c: KeskiSuomiCounterpart, @Ctx() ctx: YhdyspintaContext): Promise<Organisation | null> | null {
    return c.ngoOrganisationId === null ? null : organisationService.findById(ctx, c.ngoOrganisationId);
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => KeskiSuomiCounterpart, { description: "Keski-Suomi: names or renames the counterpart for a preparation topic." })
  setKeskiSuomiCounterpart(@Ctx() ctx: YhdyspintaContext, @Arg("input", () => SetKeskiSuomiCounterpartInput) input: SetKeskiSuomiCounterpartInput): Promise<KeskiSuomiCounterpart> {
    // The county names its counterparts: a coordinator of Keski-Suomi or an admin.
    requireRegionRole(ctx, REGION);
    const ngoOrganisationId = input.ngoOrganisationId == null ? null : parseIntId(input.ngoOrganisationId, Organisation.typeName, "ngoOrganisationId");
    return inTransaction(ctx, async (em) => {
      if (ngoOrganisationId !== null) {
        await requireOrganisation(em, ngoOrganisationId, "ngoOrganisationId");
      }
      const [row] = await em.query(
        `INSERT INTO keski_suomi_counterpart (region_code, topic, county_contact_name, county_contact_title, ngo_contact_name, ngo_organisation_id)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (region_code, topic) DO UPDATE SET county_contact_name = EXCLUDED.county_contact_name,
           county_contact_title = EXCLUDED.county_contact_title, ngo_contact_name = EXCLUDED.ngo_contact_name, ngo_organisation_id = EXCLUDED.ngo_organisation_id
         RETURNING id`,
        [REGION, input.topic.trim(), input.countyContactName, input.countyContactTitle ?? null, input.ngoContactName ?? null, ngoOrganisationId],
      );
      return (await em.findOneBy(KeskiSuomiCounterpart, { dbId: row.id }))!;
    });
  }
}

import {
  Columns, columnsOf, ConnectionArgs, hydrator, inTransaction, loadConnection, loadEntitiesByKey, Municipality, Organisation, organisationService,
  parseIntId, requireRegionParticipant, Role, SqlParams, TargetGroup, UserInputError, uniq, type ListSpec, type TargetGroupValue, type YhdyspintaContext,
} from "@yhdyspinta/core";
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from "class-validator";
import { LocalDateResolver } from "graphql-scalars";
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from "type-graphql";
import { POHJOIS_KARJALA } from "../region";
import { PohjoisKarjalaOutreachProject, PohjoisKarjalaOutreachProjectConnection } from "./outreach-project.entity";

@InputType()
export class CreatePohjoisKarjalaOutreachProjectInput {
  @Field(() => ID)
  @MaxLength(200)
  organisationId: string;

  @Field()
  @Length(1, 300)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => LocalDateResolver)
  startsOn: string;

  @Field(() => LocalDateResolver, { nullable: true })
  endsOn?: string | null;

  @Field(() => [TargetGroup])
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  targetGroups: TargetGroupValue[];

  @Field(() => [String], { defaultValue: [], description: "Municipalities of Pohjois-Karjala where the project works." })
  @ArrayMaxSize(13)
  municipalityCodes: string[];
}

@Resolver(() => PohjoisKarjalaOutreachProject)
export class PohjoisKarjalaOutreachProjectResolver {
  @Query(() => PohjoisKarjalaOutreachProjectConnection, { description: "Pohjois-Karjala: outreach projects by name, optionally those reaching one group." })
  pohjoisKarjalaOutreachProjects(
    @Ctx() ctx: YhdyspintaContext,
    @Args() page: ConnectionArgs,
    @Arg("targetGroup", () => TargetGroup, { nullable: true }) targetGroup?: TargetGroupValue | null,
  ) {
    const params = new SqlParams();
    const spec: ListSpec = {
      from: "pohjois_karjala_outreach_project t", columns: columnsOf(ctx.dataSource.getMetadata(PohjoisKarjalaOutreachProject)),
      filters: targetGroup ? [`t.target_groups @> ARRAY[${params.add(targetGroup)}]::text[]`] : [], params,
      ordering: { name: "pk-outreach", keys: [{ sql: "t.name", type: "text" }, { sql: "t.id", type: "int" }] },
    };
    return loadConnection(ctx, spec, page, hydrator(PohjoisKarjalaOutreachProject));
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() p: PohjoisKarjalaOutreachProject, @Ctx() ctx: YhdyspintaContext): Promise<Organisation> {
    return (await organisationService.findById(ctx, p.organisationId))!;
  }

  @FieldResolver(() => [Municipality])
  municipalities(@Root() p: PohjoisKarjalaOutreachProject, @Ctx() ctx: YhdyspintaContext): Municipality[] {
    return p.municipalityCodes.map((code) => ctx.reference.municipality(code)!).filter(Boolean);
  }

  @Authorized(Role.EDITOR, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => PohjoisKarjalaOutreachProject, { description: "Pohjois-Karjala: registers an NGO's outreach project." })
  createPohjoisKarjalaOutreachProject(
    @Ctx() ctx: YhdyspintaContext,
    @Arg("input", () => CreatePohjoisKarjalaOutreachProjectInput) input: CreatePohjoisKarjalaOutreachProjectInput,
  ): Promise<PohjoisKarjalaOutreachProject> {
    const organisationId = parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    const codes = uniq(input.municipalityCodes);
    for (const code of codes) {
      if (ctx.reference.requireMunicipality(code, "municipalityCodes").regionCode !== POHJOIS_KARJALA) {
        throw new UserInputError(`Municipality ${code} is not in Pohjois-Karjala`, { field: "municipalityCodes", reason: "MUNICIPALITY_OUTSIDE_REGION" });
      }
    }
    if (input.endsOn && input.endsOn < input.startsOn) throw new UserInputError("endsOn must not be before startsOn", { field: "endsOn", reason: "ENDS_BEFORE_START" });
    // The project is the organisation's own: its editor registers it, or a coordinator of Pohjois-Karjala.
    requireRegionParticipant(ctx, POHJOIS_KARJALA, organisationId);
    return inTransaction(ctx, async (em) => {
      const [org] = await em.query(`SELECT 1 FROM organisation WHERE id = $1 FOR KEY SHARE`, [organisationId]);
      if (!org) throw new UserInputError("The organisation does not exist", { field: "organisationId", reason: "UNKNOWN_ORGANISATION" });
      const project = em.create(PohjoisKarjalaOutreachProject, {
        organisationId, name: input.name, description: input.description ?? null, startsOn: input.startsOn, endsOn: input.endsOn ?? null,
        targetGroups: uniq(input.targetGroups), municipalityCodes: codes,
      });
      await em.save(project);
      return project;
    });
  }
}

/** Adds `Organisation.pohjoisKarjalaOutreachProjects`. */
@Resolver(() => Organisation)
export class OrganisationOutreachProjectsResolver {
  @Columns() // reads only the key, so an organisation list loads no other column for it
  @FieldResolver(() => [PohjoisKarjalaOutreachProject], { description: "Pohjois-Karjala: the organisation's outreach projects." })
  pohjoisKarjalaOutreachProjects(@Root() org: Organisation, @Ctx() ctx: YhdyspintaContext): Promise<PohjoisKarjalaOutreachProject[]> {
    return loadEntitiesByKey(ctx, PohjoisKarjalaOutreachProject, "organisation_id", org.dbId, "t.starts_on, t.id");
  }
}

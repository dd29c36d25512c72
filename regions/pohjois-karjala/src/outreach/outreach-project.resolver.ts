import {
  Columns, ConnectionArgs, inputMutation, loadEntitiesByKey, Municipality, mutationResolver, Organisation, organisationService, Role, TargetGroup, type OrderItem,
  type TargetGroupValue, type YhdyspintaContext,
} from "@yhdyspinta/core";
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { PohjoisKarjalaOutreachProject, PohjoisKarjalaOutreachProjectConnection } from "./outreach-project.entity";
import { CreatePohjoisKarjalaOutreachProjectInput, PohjoisKarjalaOutreachProjectOrder } from "./outreach-project.inputs";
import { outreachProjects } from "./outreach-project.service";

@Resolver(() => PohjoisKarjalaOutreachProject)
export class PohjoisKarjalaOutreachProjectResolver {
  @Query(() => PohjoisKarjalaOutreachProjectConnection, { description: "Pohjois-Karjala: outreach projects by name, optionally those reaching one group." })
  pohjoisKarjalaOutreachProjects(
    @Ctx() ctx: YhdyspintaContext,
    @Args() page: ConnectionArgs,
    @Arg("targetGroup", () => TargetGroup, { nullable: true }) targetGroup?: TargetGroupValue | null,
    @Arg("orderBy", () => [PohjoisKarjalaOutreachProjectOrder], { nullable: true, description: "Sort keys, first the most significant; ties are broken by id." })
    orderBy?: OrderItem[] | null,
  ) {
    return outreachProjects.list(ctx, page, targetGroup ?? null, orderBy);
  }

  @FieldResolver(() => Organisation)
  async organisation(@Root() p: PohjoisKarjalaOutreachProject, @Ctx() ctx: YhdyspintaContext): Promise<Organisation> {
    return (await organisationService.findById(ctx, p.organisationId))!;
  }

  @FieldResolver(() => [Municipality])
  municipalities(@Root() p: PohjoisKarjalaOutreachProject, @Ctx() ctx: YhdyspintaContext): Municipality[] {
    return p.municipalityCodes.map((code) => ctx.reference.municipality(code)!).filter(Boolean);
  }
}

export const OutreachProjectMutationResolver = mutationResolver("OutreachProjectMutationResolver", [Role.EDITOR, Role.COORDINATOR, Role.ADMIN], {
  createPohjoisKarjalaOutreachProject: inputMutation(
    PohjoisKarjalaOutreachProject, CreatePohjoisKarjalaOutreachProjectInput, (ctx, input) => outreachProjects.createPohjoisKarjalaOutreachProject(ctx, input),
    { description: "Pohjois-Karjala: registers an NGO's outreach project." },
  ),
});

/** Adds `Organisation.pohjoisKarjalaOutreachProjects`. */
@Resolver(() => Organisation)
export class OrganisationOutreachProjectsResolver {
  @Columns() // reads only the key, so an organisation list loads no other column for it
  @FieldResolver(() => [PohjoisKarjalaOutreachProject], { description: "Pohjois-Karjala: the organisation's outreach projects." })
  pohjoisKarjalaOutreachProjects(@Root() org: Organisation, @Ctx() ctx: YhdyspintaContext): Promise<PohjoisKarjalaOutreachProject[]> {
    return loadEntitiesByKey(ctx, PohjoisKarjalaOutreachProject, "organisation_id", org.dbId, "t.starts_on, t.id");
  }
}

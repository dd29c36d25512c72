import { Arg, Args, Info, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { PersonalData } from "../auth/personal-data";
import { Role } from "../auth/roles";
import { connectionComplexity, listComplexity } from "../graphql/complexity";
import { facetedConnectionQueryResolvers } from "../graphql/connection-resolver";
import { ConnectionArgs } from "../graphql/args";
import type { YhdyspintaContext } from "../context/request-context";
import { UserInputError } from "../errors/errors";
import { deleteMutation, inputMutation, mutationResolver, updateMutation } from "../graphql/mutation-resolver";
import { normaliseBusinessId } from "./business-id";
import { Municipality } from "../region/municipality.entity";
import { regionListResolvers } from "../region/region-lists.resolver";
import { WellbeingRegion } from "../region/wellbeing-region.entity";
import { OrganisationConnection, OrganisationFacets, OrganisationListConnection } from "./organisation.connection";
import { Organisation } from "./organisation.entity";
import { CreateOrganisationInput, OrganisationFilter, OrganisationOrder, UpdateOrganisationInput } from "./organisation.inputs";
import type { OrderItem } from "../query/ordering";
import { organisationService } from "./organisation.service";
import { Reason } from "../errors/error-reasons";
import { Columns } from "../query/projection";

@ObjectType({ simpleResolvers: true, description: "Contact details of an organisation: visible to signed-in users only." })
export class OrganisationContact {
  @PersonalData()
  @Field(() => String, { nullable: true })
  email: string | null;

  @PersonalData()
  @Field(() => String, { nullable: true })
  phone: string | null;
}

/** The root list, and its facets counted under its filter in one statement for all selected facets. */
export const [OrganisationsQueryResolver, OrganisationFacetsResolver] = facetedConnectionQueryResolvers({
  field: "organisations", connection: OrganisationListConnection, facets: OrganisationFacets, filter: OrganisationFilter, order: OrganisationOrder,
  description: "Organisations, alphabetically or by search relevance.",
  service: organisationService,
});

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, { nullable: true, description: "One organisation by ID or by business ID (Y-tunnus)." })
  async organisation(
    @Ctx() ctx: YhdyspintaContext,
    @Arg("id", () => ID, { nullable: true }) id?: string | null,
    @Arg("businessId", () => String, { nullable: true }) businessId?: string | null,
  ): Promise<Organisation | null> {
    if ((id == null) === (businessId == null)) throw new UserInputError("Give either id or businessId", { reason: Reason.ONE_OF });
    if (id != null) {
      return organisationService.require(ctx, id).catch((e) => (e.extensions?.code === "NOT_FOUND" ? null : Promise.reject(e)));
    }
    const rows = await ctx.db.query(`SELECT id FROM organisation WHERE business_id = $1`, [normaliseBusinessId(businessId!)]);
    return rows.length ? organisationService.findById(ctx, rows[0].id) : null;
  }

  @Columns("parentId")
  @FieldResolver(() => Organisation, { nullable: true, description: "The district or national organisation this one belongs to." })
  parent(@Root() org: Organisation, @Ctx() ctx: YhdyspintaContext): Promise<Organisation | null> | null {
    return org.parentId === null ? null : organisationService.findById(ctx, org.parentId);
  }

  @Columns()
  @FieldResolver(() => OrganisationConnection, { complexity: connectionComplexity, description: "Member organisations (jäsenjärjestöt)." })
  children(
    @Root() org: Organisation,
    @Ctx() ctx: YhdyspintaContext,
    @Args() page: ConnectionArgs,
    @Arg("filter", () => OrganisationFilter, { nullable: true }) filter?: OrganisationFilter | null,
    @Arg("orderBy", () => [OrganisationOrder], { nullable: true, description: "Sort keys, first the most significant; ties are broken by id." }) orderBy?: OrderItem[] | null,
    @Info() info?: GraphQLResolveInfo,
  ) {
    return organisationService.listByParent(ctx, "parent", org.dbId, filter, page, orderBy, info);
  }

  @Columns()
  @FieldResolver(() => [WellbeingRegion], { complexity: listComplexity(23), description: "Wellbeing regions of operation." })
  regions(@Root() org: Organisation, @Ctx() ctx: YhdyspintaContext): Promise<WellbeingRegion[]> | WellbeingRegion[] {
    return organisationService.regionsOf(ctx, org.dbId, org);
  }

  @Columns()
  @FieldResolver(() => [Municipality], { complexity: listComplexity(10), description: "Municipalities of operation." })
  municipalities(@Root() org: Organisation, @Ctx() ctx: YhdyspintaContext): Promise<Municipality[]> | Municipality[] {
    return organisationService.municipalitiesOf(ctx, org.dbId, org);
  }

  // Often a person's own address: signed-in users only (@PersonalData, enforced when the schema is built).
  @PersonalData()
  @Columns("email", "phone")
  @FieldResolver(() => OrganisationContact, { nullable: true, description: "E-mail and phone; null for anonymous users (no error)." })
  contact(@Root() org: Organisation): OrganisationContact | null {
    return { email: org.email, phone: org.phone };
  }
}

// Create and update: any signed-in viewer reaches the service, which decides by the organisation.
export const OrganisationMutationResolver = mutationResolver("OrganisationMutationResolver", [], {
  createOrganisation: inputMutation(Organisation, CreateOrganisationInput, (ctx, input) => organisationService.create(ctx, input), {
    description: "Admins; editors for member organisations of their own; coordinators for organisations operating only in their regions.",
  }),
  updateOrganisation: updateMutation(Organisation, UpdateOrganisationInput, (ctx, id, input) => organisationService.update(ctx, id, input), {
    description: "Admins; editors of the organisation; coordinators of every region it operates in.",
  }),
  deleteOrganisation: deleteMutation((ctx, id) => organisationService.delete(ctx, id), {
    authorized: [Role.COORDINATOR, Role.ADMIN],
    description: "Deletes the organisation with its activities and partnerships; refused while it has member organisations. Admins; coordinators of every region it operates in.",
  }),
});

/** Organisations listed under regions and municipalities. */
export const [RegionOrganisationsResolver, MunicipalityOrganisationsResolver] = regionListResolvers<OrganisationFilter>({
  field: "organisations", connection: OrganisationConnection, filter: OrganisationFilter, order: OrganisationOrder,
  description: { region: "Organisations operating in the region.", municipality: "Organisations operating in the municipality." },
  list: (ctx, parent, code, filter, page, orderBy, info) => organisationService.listByParent(ctx, parent, code, filter, page, orderBy, info),
});

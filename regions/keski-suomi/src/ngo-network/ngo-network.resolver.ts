import {
  columnsOf, ConnectionArgs, hydrator, inTransaction, loadConnection, loadConnectionByParent, loadEntityById, NotFoundError, Organisation,
  OrganisationConnection, organisationService, parseIntId, requireRegionParticipant, Role, SqlParams, UserInputError, type ListSpec, type Ordering, type YhdyspintaContext,
  requireOrganisation,
} from "@yhdyspinta/core";
import { MaxLength } from "class-validator";
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from "type-graphql";
import { KeskiSuomiNgoNetwork, KeskiSuomiNgoNetworkConnection, NetworkBasis } from "./ngo-network.entity";

const BY_NAME: Ordering = { name: "ks-network", keys: [{ sql: "t.name", type: "text" }, { sql: "t.id", type: "int" }] };
const MEMBERS_BY_NAME: Ordering = { name: "ks-network-member", keys: [{ sql: "t.name_fi", type: "text" }, { sql: "t.id", type: "int" }] };

@InputType()
export class JoinKeskiSuomiNgoNetworkInput {
  @Field(() => ID)
  @MaxLength(200)
  networkId: string;

  @Field(() => ID)
  @MaxLength(200)
  organisationId: string;
}

@Resolver(() => KeskiSuomiNgoNetwork)
export class KeskiSuomiNgoNetworkResolver {
  @Query(() => KeskiSuomiNgoNetworkConnection, { description: "Keski-Suomi: sector- and theme-based NGO networks, by name." })
  keskiSuomiNgoNetworks(
    @Ctx() ctx: YhdyspintaContext,
    @Args() page: ConnectionArgs,
    @Arg("basis", () => NetworkBasis, { nullable: true }) basis?: NetworkBasis | null,
  ) {
    const params = new SqlParams();
    const spec: ListSpec = {
      from: "keski_suomi_ngo_network t", columns: columnsOf(ctx.dataSource.getMetadata(KeskiSuomiNgoNetwork)),
      filters: basis ? [`t.basis = ${params.add(basis)}`] : [], params, ordering: BY_NAME,
    };
    return loadConnection(ctx, spec, page, hydrator(KeskiSuomiNgoNetwork));
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation coordinating the network." })
  coordinator(@Root() network: KeskiSuomiNgoNetwork, @Ctx() ctx: YhdyspintaContext): Promise<Organisation | null> | null {
    return network.coordinatorId === null ? null : organisationService.findById(ctx, network.coordinatorId);
  }

  @FieldResolver(() => OrganisationConnection, { description: "Member organisations, by name." })
  members(@Root() network: KeskiSuomiNgoNetwork, @Ctx() ctx: YhdyspintaContext, @Args() page: ConnectionArgs) {
    // The core's organisation rows and connection type, listed through this plug-in's membership table.
    const spec: ListSpec = {
      from: "organisation t", columns: columnsOf(ctx.dataSource.getMetadata(Organisation)), filters: [], params: new SqlParams(), ordering: MEMBERS_BY_NAME,
    };
    return loadConnectionByParent(ctx, spec, page, hydrator(Organisation), {
      cacheKey: "KeskiSuomiNgoNetwork.members", key: network.dbId,
      parent: { keyType: "int", condition: "t.id IN (SELECT m.organisation_id FROM keski_suomi_ngo_network_member m WHERE m.network_id = p.key)" },
    });
  }

  @Authorized(Role.EDITOR, Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => KeskiSuomiNgoNetwork, { description: "Keski-Suomi: adds an organisation to an NGO network (a no-op if it is already a member)." })
  async joinKeskiSuomiNgoNetwork(@Ctx() ctx: YhdyspintaContext, @Arg("input", () => JoinKeskiSuomiNgoNetworkInput) input: JoinKeskiSuomiNgoNetworkInput): Promise<KeskiSuomiNgoNetwork> {
    const networkId = parseIntId(input.networkId, KeskiSuomiNgoNetwork.typeName, "networkId");
    const organisationId = parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    await inTransaction(ctx, async (em) => {
      const [network] = await em.query(`SELECT region_code FROM keski_suomi_ngo_network WHERE id = $1 FOR KEY SHARE`, [networkId]);
      if (!network) throw new NotFoundError(KeskiSuomiNgoNetwork.typeName, input.networkId);
      // Joining is the organisation's own decision: its editor may, as may a coordinator of the network's region.
      requireRegionParticipant(ctx, network.region_code, organisationId);
      await requireOrganisation(em, organisationId);
      await em.query(`INSERT INTO keski_suomi_ngo_network_member (network_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [networkId, organisationId]);
    });
    return (await loadEntityById(ctx, KeskiSuomiNgoNetwork, networkId))!;
  }
}

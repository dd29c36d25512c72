import {
  columnsOf, hydrator, inTransaction, loadConnection, loadConnectionByParent, loadEntityById, NotFoundError, Organisation, parseIntId,
  requireOrganisation, requireRegionParticipant, SqlParams, type ConnectionArgs, type ListSpec, type Ordering, type YhdyspintaContext,
} from "@yhdyspinta/core";
import { KeskiSuomiNgoNetwork, type NetworkBasis } from "./ngo-network.entity";
import type { JoinKeskiSuomiNgoNetworkInput } from "./ngo-network.inputs";

const BY_NAME: Ordering = { name: "ks-network", keys: [{ sql: "t.name", type: "text" }, { sql: "t.id", type: "int" }] };
const MEMBERS_BY_NAME: Ordering = { name: "ks-network-member", keys: [{ sql: "t.name_fi", type: "text" }, { sql: "t.id", type: "int" }] };

/** Reads and writes of NGO networks: the SQL of this feature. */
export class NgoNetworkService {
  list(ctx: YhdyspintaContext, page: ConnectionArgs, basis: NetworkBasis | null) {
    const params = new SqlParams();
    const spec: ListSpec = {
      from: "keski_suomi_ngo_network t", columns: columnsOf(ctx.dataSource.getMetadata(KeskiSuomiNgoNetwork)),
      filters: basis ? [`t.basis = ${params.add(basis)}`] : [], params, ordering: BY_NAME,
    };
    return loadConnection(ctx, spec, page, hydrator(KeskiSuomiNgoNetwork));
  }

  members(ctx: YhdyspintaContext, networkId: number, page: ConnectionArgs) {
    // The core's organisation rows and connection type, listed through this plug-in's membership table.
    const spec: ListSpec = {
      from: "organisation t", columns: columnsOf(ctx.dataSource.getMetadata(Organisation)), filters: [], params: new SqlParams(), ordering: MEMBERS_BY_NAME,
    };
    return loadConnectionByParent(ctx, spec, page, hydrator(Organisation), {
      cacheKey: "KeskiSuomiNgoNetwork.members", key: networkId,
      parent: { keyType: "int", condition: "t.id IN (SELECT m.organisation_id FROM keski_suomi_ngo_network_member m WHERE m.network_id = p.key)" },
    });
  }

  async join(ctx: YhdyspintaContext, input: JoinKeskiSuomiNgoNetworkInput): Promise<KeskiSuomiNgoNetwork> {
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

export const networks = new NgoNetworkService();

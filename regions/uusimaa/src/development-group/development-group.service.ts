import {
  inTransaction, insertRow, NotFoundError, Organisation, parseIntId, requireOrganisation, requireRegionRole, type YhdyspintaContext,
} from "@yhdyspinta/core";
import { UusimaaDevelopmentGroup, UusimaaWorkstream } from "./development-group.entity";
import type { AddUusimaaWorkstreamInput } from "./development-group.inputs";

/** Writes of development groups: the SQL of this feature (its resolvers only call these). */
export class DevelopmentGroupService {
  addWorkstream(ctx: YhdyspintaContext, input: AddUusimaaWorkstreamInput): Promise<UusimaaWorkstream> {
    const groupId = parseIntId(input.groupId, UusimaaDevelopmentGroup.typeName, "groupId");
    const leadOrganisationId = input.leadOrganisationId == null ? null : parseIntId(input.leadOrganisationId, Organisation.typeName, "leadOrganisationId");
    return inTransaction(ctx, async (em) => {
      const [group] = await em.query(`SELECT region_code FROM uusimaa_development_group WHERE id = $1 FOR KEY SHARE`, [groupId]);
      if (!group) throw new NotFoundError(UusimaaDevelopmentGroup.typeName, input.groupId);
      requireRegionRole(ctx, group.region_code);
      if (leadOrganisationId !== null) {
        await requireOrganisation(em, leadOrganisationId, "leadOrganisationId");
      }
      const workstream = Object.assign(new UusimaaWorkstream(), await insertRow(em, ctx.dataSource.getMetadata(UusimaaWorkstream), { groupId, kind: input.kind, name: input.name, goal: input.goal ?? null, leadOrganisationId }));
      return workstream;
    });
  }
}

export const developmentGroups = new DevelopmentGroupService();

import {
  CooperationBody, inTransaction, insertRow, lockBody, Organisation, parseIntId, requireCooperationManager, requireOrganisation, UserInputError,
  type YhdyspintaContext,
} from "@yhdyspinta/core";
import { Reason } from "../reasons";
import { UusimaaWorkstream } from "./workstream.entity";
import type { AddUusimaaWorkstreamInput } from "./workstream.inputs";

export class WorkstreamService {
  /** Starts a workstream in a development group; a coordinator of the group's regions may. */
  add(ctx: YhdyspintaContext, input: AddUusimaaWorkstreamInput): Promise<UusimaaWorkstream> {
    const bodyId = parseIntId(input.bodyId, CooperationBody.typeName, "bodyId");
    const leadOrganisationId = input.leadOrganisationId == null ? null : parseIntId(input.leadOrganisationId, Organisation.typeName, "leadOrganisationId");
    return inTransaction(ctx, async (em) => {
      const body = await lockBody(em, bodyId, input.bodyId);
      requireCooperationManager(ctx, body.regionCodes);
      if (body.kind !== "DEVELOPMENT_GROUP") {
        throw new UserInputError("Only a development group has workstreams", { field: "bodyId", reason: Reason.NOT_A_DEVELOPMENT_GROUP });
      }
      if (leadOrganisationId !== null) await requireOrganisation(em, leadOrganisationId, "leadOrganisationId");
      return Object.assign(new UusimaaWorkstream(), await insertRow(em, ctx.dataSource.getMetadata(UusimaaWorkstream), {
        bodyId, kind: input.kind, name: input.name, goal: input.goal ?? null, leadOrganisationId,
      }));
    });
  }
}

export const workstreams = new WorkstreamService();

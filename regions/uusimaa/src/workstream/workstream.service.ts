import {
  CooperationBody, emitReformEvent, inTransaction, insertRow, lockBody, Organisation, parseIntId, requireCooperationManager, requireOrganisation, UserInputError,
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
      const row = Object.assign(new UusimaaWorkstream(), await insertRow(em, ctx.dataSource.getMetadata(UusimaaWorkstream), {
        bodyId, kind: input.kind, name: input.name, goal: input.goal ?? null, leadOrganisationId,
      }));
      // NGOs following the group's regions hear of it like of any change of the body.
      await emitReformEvent(em, {
        subjectType: "UusimaaWorkstream", subjectId: row.dbId, regionCodes: body.regionCodes, kind: "COOPERATION_BODY",
        title: { fi: `Uusi työryhmä: ${input.name}`, sv: `Ny arbetsgrupp: ${input.name}`, en: `New workstream: ${input.name}` },
        description: input.goal ?? null, date: new Date().toISOString().slice(0, 10),
      });
      return row;
    });
  }
}

export const workstreams = new WorkstreamService();

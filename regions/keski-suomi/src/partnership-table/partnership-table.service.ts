import {
  CooperationBody, emitReformEvent, inTransaction, lockBody, parseIntId, requireCooperationManager, UserInputError, type YhdyspintaContext,
} from "@yhdyspinta/core";
import { Reason } from "../reasons";
import { KeskiSuomiTableTerm } from "./partnership-table.entity";
import type { SetKeskiSuomiTableTermInput } from "./partnership-table.inputs";

export class PartnershipTableService {
  /** Records a term (replacing one that starts the same day) and the table's NGO arena. */
  setTerm(ctx: YhdyspintaContext, input: SetKeskiSuomiTableTermInput): Promise<KeskiSuomiTableTerm> {
    const bodyId = parseIntId(input.bodyId, CooperationBody.typeName, "bodyId");
    if (input.endsOn < input.startsOn) throw new UserInputError("endsOn must not be before startsOn", { field: "endsOn", reason: Reason.ENDS_BEFORE_START });
    return inTransaction(ctx, async (em) => {
      const body = await lockBody(em, bodyId, input.bodyId, "UPDATE");
      requireCooperationManager(ctx, body.regionCodes);
      if (body.kind !== "PARTNERSHIP_TABLE") {
        throw new UserInputError("Only a partnership table has terms with NGO seats", { field: "bodyId", reason: Reason.NOT_A_PARTNERSHIP_TABLE });
      }
      await em.query(`INSERT INTO keski_suomi_table_detail (body_id, ngo_arena) VALUES ($1, $2) ON CONFLICT (body_id) DO UPDATE SET ngo_arena = EXCLUDED.ngo_arena`,
        [bodyId, input.ngoArena]);
      const [stored] = await em.query(
        `INSERT INTO keski_suomi_table_term (body_id, starts_on, ends_on, ngo_seat_count) VALUES ($1, $2, $3, $4)
         ON CONFLICT (body_id, starts_on) DO UPDATE SET ends_on = EXCLUDED.ends_on, ngo_seat_count = EXCLUDED.ngo_seat_count
         RETURNING id AS "dbId", body_id AS "bodyId", starts_on::text AS "startsOn", ends_on::text AS "endsOn", ngo_seat_count AS "ngoSeatCount"`,
        [bodyId, input.startsOn, input.endsOn, input.ngoSeatCount]);
      const row = Object.assign(new KeskiSuomiTableTerm(), stored);
      await emitReformEvent(em, {
        subjectType: "KeskiSuomiPartnershipTableTerm", subjectId: row.dbId, regionCodes: body.regionCodes, kind: "PARTNERSHIP_TABLE_TERM_STARTED",
        title: { fi: `Toimikausi ${input.startsOn}–${input.endsOn}: ${body.nameFi}`, sv: `Mandatperiod ${input.startsOn}–${input.endsOn}: ${body.nameSv ?? body.nameFi}`, en: `Term ${input.startsOn}–${input.endsOn}: ${body.nameEn ?? body.nameFi}` },
        description: `${input.ngoSeatCount} NGO seats`, date: input.startsOn,
      });
      return row;
    });
  }
}

export const partnershipTables = new PartnershipTableService();

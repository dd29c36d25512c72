import {
  CooperationBody, CooperationBodyOutput, emitReformEvent, inTransaction, lockBody, NotFoundError, parseIntId, requireCooperationManager, toGlobalId, UserInputError,
  type YhdyspintaContext,
} from "@yhdyspinta/core";
import { Reason } from "../reasons";
import type { SetPohjoisKarjalaStatementRecipientInput } from "./statement-recipient.inputs";

export class StatementRecipientService {
  /** Records (or replaces) the recipient of a statement; a coordinator of the body's regions may. */
  set(ctx: YhdyspintaContext, input: SetPohjoisKarjalaStatementRecipientInput): Promise<CooperationBodyOutput> {
    const outputId = parseIntId(input.outputId, CooperationBodyOutput.typeName, "outputId");
    return inTransaction(ctx, async (em) => {
      const [output] = await em.query(`SELECT body_id AS "bodyId", kind, title, issued_on::text AS "issuedOn" FROM cooperation_body_output WHERE id = $1`, [outputId]);
      if (!output) throw new NotFoundError(CooperationBodyOutput.typeName, input.outputId);
      const body = await lockBody(em, output.bodyId, toGlobalId(CooperationBody.typeName, output.bodyId));
      requireCooperationManager(ctx, body.regionCodes);
      if (output.kind !== "STATEMENT") {
        throw new UserInputError("Only a statement (kind STATEMENT) has a recipient", { field: "outputId", reason: Reason.NOT_A_STATEMENT });
      }
      await em.query(
        `INSERT INTO pohjois_karjala_statement_recipient (output_id, addressed_to) VALUES ($1, $2)
         ON CONFLICT (output_id) DO UPDATE SET addressed_to = EXCLUDED.addressed_to`, [outputId, input.addressedTo]);
      // NGOs following the body's regions hear of the statement and whom it went to.
      await emitReformEvent(em, {
        subjectType: "PohjoisKarjalaStatement", subjectId: outputId, regionCodes: body.regionCodes, kind: "POHJOIS_KARJALA_COMMITTEE_STATEMENT",
        title: { fi: `Lausunto: ${output.title}`, sv: `Utlåtande: ${output.title}`, en: `Statement: ${output.title}` },
        description: `→ ${input.addressedTo}`, date: output.issuedOn,
      });
      return (await em.findOneBy(CooperationBodyOutput, { dbId: outputId } as never))!;
    });
  }
}

export const statementRecipients = new StatementRecipientService();

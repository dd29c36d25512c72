import { DemoFlag } from "@yhdyspinta/core";
import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * Pohjois-Karjala records whom each statement of its committee was addressed to (the regional
 * board, the council...): the one thing about a statement the core's `CooperationBodyOutput` lacks.
 */
@DemoFlag()
@Entity("pohjois_karjala_statement_recipient")
export class PohjoisKarjalaStatementRecipient {
  @PrimaryColumn({ name: "output_id", type: "integer" })
  outputId: number;

  @Column({ name: "addressed_to", type: "text" })
  addressedTo: string;
}

import { DemoFlag, KeyColumn, TextColumn } from "@yhdyspinta/core";
import { Entity } from "typeorm";

/**
 * Pohjois-Karjala records whom each statement of its committee was addressed to (the regional
 * board, the council...): the one thing about a statement the core's `CooperationBodyOutput` lacks.
 */
@DemoFlag()
@Entity("pohjois_karjala_statement_recipient")
export class PohjoisKarjalaStatementRecipient {
  @KeyColumn({ primary: true })
  outputId: number;

  @TextColumn()
  addressedTo: string;
}

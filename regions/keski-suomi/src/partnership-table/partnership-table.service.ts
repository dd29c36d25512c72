import {
  columnsOf, ConflictError, hydrator, inTransaction, loadConnectionByParent, loadEntitiesByKey, loadEntityById,
  NotFoundError, Organisation, parseIntId, requireRegionRole, SqlParams, toGlobalId, UserInputError,
  type ConnectionValue, type ListSpec, type Ordering, type PageArgs, type YhdyspintaContext, insertRow,
} from "@yhdyspinta/core";
import {
  PartnershipTable, PartnershipTableMeeting, PartnershipTableSeat, PartnershipTableTerm, SeatKind,
} from "./partnership-table.entity";
import type { AddPartnershipTableSeatInput, RecordPartnershipTableMeetingInput } from "./partnership-table.inputs";
import { Reason } from "../reasons";

// Public seats first, then NGO seats, each in the order they were filled.
const SEAT_ORDER: Ordering = { name: "ks-seat", keys: [{ sql: "t.kind", type: "text" }, { sql: "t.id", type: "int" }] };
const MEETING_ORDER: Ordering = { name: "ks-meeting", keys: [{ sql: "t.held_on", type: "date" }, { sql: "t.id", type: "int" }] };

const SEAT_PARENTS = {
  term: { keyType: "int", condition: "t.term_id = p.key" },
  organisation: { keyType: "int", condition: "t.organisation_id = p.key" },
} as const;

export class PartnershipTableService {
  tablesOfRegion(ctx: YhdyspintaContext, regionCode: string): Promise<PartnershipTable[]> {
    return loadEntitiesByKey(ctx, PartnershipTable, "region_code", regionCode);
  }

  async allTables(ctx: YhdyspintaContext): Promise<PartnershipTable[]> {
    const rows = await ctx.db.query(`SELECT ${columnsOf(ctx.dataSource.getMetadata(PartnershipTable))} FROM keski_suomi_partnership_table t ORDER BY t.id`);
    return rows.map(hydrator(PartnershipTable));
  }

  findTable(ctx: YhdyspintaContext, id: number): Promise<PartnershipTable | null> {
    return loadEntityById(ctx, PartnershipTable, id);
  }

  findTerm(ctx: YhdyspintaContext, id: number): Promise<PartnershipTableTerm | null> {
    return loadEntityById(ctx, PartnershipTableTerm, id);
  }

  termsOf(ctx: YhdyspintaContext, tableId: number): Promise<PartnershipTableTerm[]> {
    return loadEntitiesByKey(ctx, PartnershipTableTerm, "table_id", tableId, "t.starts_on DESC, t.id");
  }

  private seatSpec(ctx: YhdyspintaContext, kind: SeatKind | null | undefined): ListSpec {
    const params = new SqlParams();
    const filters = kind ? [`t.kind = ${params.add(kind)}`] : [];
    return { from: "keski_suomi_partnership_table_seat t", columns: columnsOf(ctx.dataSource.getMetadata(PartnershipTableSeat)), filters, params, ordering: SEAT_ORDER };
  }

  seats(ctx: YhdyspintaContext, parent: keyof typeof SEAT_PARENTS, key: number, kind: SeatKind | null | undefined, args: PageArgs): Promise<ConnectionValue<PartnershipTableSeat>> {
    return loadConnectionByParent(ctx, this.seatSpec(ctx, kind), args, hydrator(PartnershipTableSeat), {
      cacheKey: `PartnershipTableSeat.by.${parent}|${kind ?? ""}`, key, parent: SEAT_PARENTS[parent],
    });
  }

  meetings(ctx: YhdyspintaContext, tableId: number, args: PageArgs): Promise<ConnectionValue<PartnershipTableMeeting>> {
    const spec: ListSpec = {
      from: "keski_suomi_partnership_table_meeting t", columns: columnsOf(ctx.dataSource.getMetadata(PartnershipTableMeeting)),
      filters: [], params: new SqlParams(), ordering: MEETING_ORDER,
    };
    return loadConnectionByParent(ctx, spec, args, hydrator(PartnershipTableMeeting), {
      cacheKey: "PartnershipTableMeeting.by.table", key: tableId, parent: { keyType: "int", condition: "t.table_id = p.key" },
    });
  }

  /**
   * Seats are filled one at a time; the term row is locked so two concurrent additions cannot both
   * take the last NGO seat. NGO seats go to organisations that operate in the table's region.
   * Seats are the region's business (the NGO arena chooses NGO seats): a coordinator of the
   * table's region or an admin records them.
   */
  async addSeat(ctx: YhdyspintaContext, input: AddPartnershipTableSeatInput): Promise<PartnershipTableSeat> {
    const termId = parseIntId(input.termId, PartnershipTableTerm.typeName, "termId");
    let organisationId: number | null = null;
    if (input.kind === SeatKind.NGO) {
      if (input.organisationId == null) throw new UserInputError("An NGO seat needs organisationId", { field: "organisationId", reason: Reason.NGO_SEAT_NEEDS_ORGANISATION });
      if (input.publicBody != null) throw new UserInputError("An NGO seat has no publicBody", { field: "publicBody", reason: Reason.NGO_SEAT_HAS_NO_PUBLIC_BODY });
      organisationId = parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    } else {
      if (input.publicBody == null) throw new UserInputError("A public seat needs publicBody", { field: "publicBody", reason: Reason.PUBLIC_SEAT_NEEDS_BODY });
      if (input.organisationId != null) throw new UserInputError("A public seat has no organisationId", { field: "organisationId", reason: Reason.PUBLIC_SEAT_HAS_NO_ORGANISATION });
    }
    return inTransaction(ctx, async (em) => {
      const [term] = await em.query(
        `SELECT s.ngo_seat_count, p.region_code FROM keski_suomi_partnership_table_term s JOIN keski_suomi_partnership_table p ON p.id = s.table_id WHERE s.id = $1 FOR UPDATE OF s`,
        [termId],
      );
      if (!term) throw new NotFoundError(PartnershipTableTerm.typeName, input.termId);
      requireRegionRole(ctx, term.region_code);
      if (organisationId !== null) {
        const [org] = await em.query(
          `SELECT EXISTS (SELECT 1 FROM organisation_region r WHERE r.organisation_id = o.id AND r.region_code = $2) AS in_region FROM organisation o WHERE o.id = $1`,
          [organisationId, term.region_code],
        );
        if (!org) throw new UserInputError("The organisation does not exist", { field: "organisationId", reason: Reason.UNKNOWN_ORGANISATION });
        if (!org.in_region) throw new UserInputError("The organisation does not operate in the table's region", { field: "organisationId", reason: Reason.ORGANISATION_OUTSIDE_REGION });
        const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM keski_suomi_partnership_table_seat WHERE term_id = $1 AND kind = 'NGO'`, [termId]);
        if (n >= term.ngo_seat_count) throw new ConflictError(`All ${term.ngo_seat_count} NGO seats of the term are taken`, { field: "termId", reason: Reason.NGO_SEATS_FULL });
      }
      const seat = Object.assign(new PartnershipTableSeat(), await insertRow(em, ctx.dataSource.getMetadata(PartnershipTableSeat), {
        termId, kind: input.kind, organisationId, publicBody: input.publicBody ?? null, representative: input.representative, deputy: input.deputy ?? null,
      }));
      return seat;
    });
  }

  async removeSeat(ctx: YhdyspintaContext, globalId: string): Promise<string> {
    const id = parseIntId(globalId, PartnershipTableSeat.typeName);
    await inTransaction(ctx, async (em) => {
      const [seat] = await em.query(
        `SELECT p.region_code FROM keski_suomi_partnership_table_seat s
           JOIN keski_suomi_partnership_table_term t ON t.id = s.term_id JOIN keski_suomi_partnership_table p ON p.id = t.table_id
         WHERE s.id = $1 FOR UPDATE OF s`,
        [id],
      );
      if (!seat) throw new NotFoundError(PartnershipTableSeat.typeName, globalId);
      requireRegionRole(ctx, seat.region_code);
      await em.query(`DELETE FROM keski_suomi_partnership_table_seat WHERE id = $1`, [id]);
    });
    return toGlobalId(PartnershipTableSeat.typeName, id);
  }

  async recordMeeting(ctx: YhdyspintaContext, input: RecordPartnershipTableMeetingInput): Promise<PartnershipTableMeeting> {
    const tableId = parseIntId(input.tableId, PartnershipTable.typeName, "tableId");
    return inTransaction(ctx, async (em) => {
      const [table] = await em.query(`SELECT region_code FROM keski_suomi_partnership_table WHERE id = $1 FOR KEY SHARE`, [tableId]);
      if (!table) throw new NotFoundError(PartnershipTable.typeName, input.tableId);
      requireRegionRole(ctx, table.region_code);
      const meeting = Object.assign(new PartnershipTableMeeting(), await insertRow(em, ctx.dataSource.getMetadata(PartnershipTableMeeting), {
        tableId, heldOn: input.heldOn, location: input.location ?? null, agenda: input.agenda, minutes: input.minutes ?? null,
      }));
      return meeting;
    });
  }
}

export const partnershipTableService = new PartnershipTableService();

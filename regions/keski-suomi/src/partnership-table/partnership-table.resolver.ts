import {
  Columns, ConnectionArgs, DeletePayload, Organisation, organisationService, parseIntId, Role, WellbeingRegion, type YhdyspintaContext,
} from "@yhdyspinta/core";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import {
  PartnershipTable, PartnershipTableMeeting, PartnershipTableMeetingConnection, PartnershipTableSeat, PartnershipTableSeatConnection,
  PartnershipTableTerm, SeatKind,
} from "./partnership-table.entity";
import { AddPartnershipTableSeatInput, RecordPartnershipTableMeetingInput } from "./partnership-table.inputs";
import { partnershipTableService as service } from "./partnership-table.service";

@Resolver(() => PartnershipTable)
export class PartnershipTableResolver {
  @Query(() => [PartnershipTable], { description: "Keski-Suomi: partnership tables (kumppanuuspöydät), optionally of one wellbeing region." })
  partnershipTables(@Ctx() ctx: YhdyspintaContext, @Arg("regionCode", () => String, { nullable: true }) regionCode?: string | null): Promise<PartnershipTable[]> {
    if (regionCode == null) return service.allTables(ctx);
    return service.tablesOfRegion(ctx, ctx.reference.requireRegion(regionCode).code);
  }

  @Query(() => PartnershipTable, { nullable: true })
  partnershipTable(@Ctx() ctx: YhdyspintaContext, @Arg("id", () => ID) id: string): Promise<PartnershipTable | null> {
    return service.findTable(ctx, parseIntId(id, PartnershipTable.typeName));
  }

  @FieldResolver(() => WellbeingRegion)
  region(@Root() table: PartnershipTable, @Ctx() ctx: YhdyspintaContext): WellbeingRegion {
    return ctx.reference.region(table.regionCode)!;
  }

  @FieldResolver(() => [PartnershipTableTerm], { description: "Terms, the latest first." })
  terms(@Root() table: PartnershipTable, @Ctx() ctx: YhdyspintaContext): Promise<PartnershipTableTerm[]> {
    return service.termsOf(ctx, table.dbId);
  }

  @FieldResolver(() => PartnershipTableMeetingConnection, { description: "Meetings, the earliest first." })
  meetings(@Root() table: PartnershipTable, @Ctx() ctx: YhdyspintaContext, @Args() page: ConnectionArgs) {
    return service.meetings(ctx, table.dbId, page);
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => PartnershipTableMeeting, { description: "Keski-Suomi: records a partnership table meeting with its agenda (and minutes when available)." })
  recordPartnershipTableMeeting(@Ctx() ctx: YhdyspintaContext, @Arg("input", () => RecordPartnershipTableMeetingInput) input: RecordPartnershipTableMeetingInput) {
    return service.recordMeeting(ctx, input);
  }
}

@Resolver(() => PartnershipTableTerm)
export class PartnershipTableTermResolver {
  @FieldResolver(() => PartnershipTable)
  async table(@Root() term: PartnershipTableTerm, @Ctx() ctx: YhdyspintaContext): Promise<PartnershipTable> {
    return (await service.findTable(ctx, term.tableId))!;
  }

  @FieldResolver(() => PartnershipTableSeatConnection, { description: "Seats of the term: public seats first, then NGO seats." })
  seats(
    @Root() term: PartnershipTableTerm,
    @Ctx() ctx: YhdyspintaContext,
    @Args() page: ConnectionArgs,
    @Arg("kind", () => SeatKind, { nullable: true }) kind?: SeatKind | null,
  ) {
    return service.seats(ctx, "term", term.dbId, kind, page);
  }
}

@Resolver(() => PartnershipTableSeat)
export class PartnershipTableSeatResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: "For an NGO seat: the organisation holding it." })
  organisation(@Root() seat: PartnershipTableSeat, @Ctx() ctx: YhdyspintaContext): Promise<Organisation | null> | null {
    return seat.organisationId === null ? null : organisationService.findById(ctx, seat.organisationId);
  }

  @FieldResolver(() => PartnershipTableTerm)
  async term(@Root() seat: PartnershipTableSeat, @Ctx() ctx: YhdyspintaContext): Promise<PartnershipTableTerm> {
    return (await service.findTerm(ctx, seat.termId))!;
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => PartnershipTableSeat, { description: "Keski-Suomi: fills a seat for a term; NGO seats are limited to the term's count (10-12)." })
  addPartnershipTableSeat(@Ctx() ctx: YhdyspintaContext, @Arg("input", () => AddPartnershipTableSeatInput) input: AddPartnershipTableSeatInput) {
    return service.addSeat(ctx, input);
  }

  @Authorized(Role.COORDINATOR, Role.ADMIN)
  @Mutation(() => DeletePayload)
  async removePartnershipTableSeat(@Ctx() ctx: YhdyspintaContext, @Arg("id", () => ID) id: string): Promise<DeletePayload> {
    return { deletedId: await service.removeSeat(ctx, id) };
  }
}

/** Adds `Organisation.partnershipTableSeats` to the core type. */
@Resolver(() => Organisation)
export class OrganisationPartnershipTableSeatsResolver {
  @Columns() // reads only the key, so an organisation list loads no other column for it
  @FieldResolver(() => PartnershipTableSeatConnection, { description: "Keski-Suomi: the organisation's seats at partnership tables, in every term." })
  partnershipTableSeats(@Root() org: Organisation, @Ctx() ctx: YhdyspintaContext, @Args() page: ConnectionArgs) {
    return service.seats(ctx, "organisation", org.dbId, null, page);
  }
}

/** Adds `WellbeingRegion.partnershipTables` to the core type. */
@Resolver(() => WellbeingRegion)
export class RegionPartnershipTablesResolver {
  @FieldResolver(() => [PartnershipTable], { description: "Keski-Suomi: the region's partnership tables (kumppanuuspöydät)." })
  partnershipTables(@Root() region: WellbeingRegion, @Ctx() ctx: YhdyspintaContext): Promise<PartnershipTable[]> {
    return service.tablesOfRegion(ctx, region.code);
  }
}

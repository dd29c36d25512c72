import { types } from "pg";
import { DataSource, type Logger } from "typeorm";
import { Activity } from "../activity/activity.entity";
import { CoreSchema1731000000000 } from "../migrations/1731000000000-core-schema";
import { Milestones1732000000000 } from "../migrations/1732000000000-milestones";
import { MilestoneEventChanges1733500000000 } from "../migrations/1733500000000-milestone-event-changes";
import { Notifications1733600000000 } from "../migrations/1733600000000-notifications";
import { Webhooks1733700000000 } from "../migrations/1733700000000-webhooks";
import { ListOrderings1734000000000 } from "../migrations/1734000000000-list-orderings";
import { Cooperation1735000000000 } from "../migrations/1735000000000-cooperation";
import { Consultation, ConsultationResponse } from "../consultation/consultation.entity";
import { CooperationBody, CooperationBodyMeeting, CooperationBodyMember, CooperationBodyOutput } from "../cooperation-body/cooperation-body.entity";
import { DocumentLink } from "../document/document.entity";
import { ContactRole, Person } from "../person/person.entity";
import { RepresentativeCall, RepresentativeNomination } from "../representative-call/representative-call.entity";
import { NationalTimeline20251735100000000 } from "../migrations/1735100000000-national-timeline-2025";
import { DemoFlag1735100000001 } from "../migrations/1735100000001-demo-flag";
import { ActivityModel1735300000000 } from "../migrations/1735300000000-activity-model";
import { LinkSortKeys1736000000000 } from "../migrations/1736000000000-link-sort-keys";
import { SearchQuality1736100000000 } from "../migrations/1736100000000-search-quality";
import { MunicipalityCentres1736200000000 } from "../migrations/1736200000000-municipality-centres";
import { OccurrenceWindowIndex1736200000001 } from "../migrations/1736200000001-occurrence-window-index";
import { MoreListOrderings1736300000000 } from "../migrations/1736300000000-more-list-orderings";
import { ThemeAndPartnershipPages1736400000000 } from "../migrations/1736400000000-theme-and-partnership-pages";
import { PlaceSearch1736500000000 } from "../migrations/1736500000000-place-search";
import { OrganisationPlaceSearch1736600000000 } from "../migrations/1736600000000-organisation-place-search";
import { MilestoneEvent } from "../milestone/milestone-event.entity";
import { PreparationMilestone } from "../milestone/milestone.entity";
import { Organisation } from "../organisation/organisation.entity";
import { Partnership } from "../partnership/partnership.entity";
import { Municipality } from "../region/municipality.entity";
import { WellbeingRegion } from "../region/wellbeing-region.entity";
import { CountingLogger, setStatementNaming, type StatementNaming } from "./query-counter";

// DATE columns are calendar days, not instants: keep them as "YYYY-MM-DD" strings.
types.setTypeParser(types.builtins.DATE, (value: string) => value);

export const CORE_ENTITIES = [
  WellbeingRegion, Municipality, Organisation, Activity, Partnership, PreparationMilestone, MilestoneEvent,
  Person, ContactRole, CooperationBody, CooperationBodyMember, CooperationBodyMeeting, CooperationBodyOutput, DocumentLink,
  Consultation, ConsultationResponse, RepresentativeCall, RepresentativeNomination,
];
export const CORE_MIGRATIONS = [
  CoreSchema1731000000000, Milestones1732000000000, MilestoneEventChanges1733500000000, Notifications1733600000000, Webhooks1733700000000,
  ListOrderings1734000000000, Cooperation1735000000000, NationalTimeline20251735100000000, DemoFlag1735100000001, ActivityModel1735300000000,
  LinkSortKeys1736000000000,
  SearchQuality1736100000000,
  MunicipalityCentres1736200000000, OccurrenceWindowIndex1736200000001,
  MoreListOrderings1736300000000,
  ThemeAndPartnershipPages1736400000000,
  PlaceSearch1736500000000,
  OrganisationPlaceSearch1736600000000,
];

export interface DataSourceOptions {
  url: string;
  /** Entities and migrations of enabled region plug-ins, run after the core's. */
  entities?: Function[];
  migrations?: Function[];
  poolSize?: number;
  logger?: Logger;
  applicationName?: string;
  /**
   * "named" (default): a statement text asked for again becomes a named prepared statement per pool
   * connection. "unnamed": every statement stays unnamed, as a pooler in transaction mode needs
   * (PgBouncer before 1.21 hands each transaction to any server connection, where the name is unknown).
   */
  statements?: StatementNaming;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  const dataSource = new DataSource({
    type: "postgres",
    url: options.url,
    entities: [...CORE_ENTITIES, ...(options.entities ?? [])],
    migrations: [...CORE_MIGRATIONS, ...(options.migrations ?? [])],
    migrationsTableName: "migrations",
    migrationsTransactionMode: "each",
    synchronize: false,
    logger: new CountingLogger(options.logger),
    extra: { max: options.poolSize ?? 10, application_name: options.applicationName ?? "yhdyspinta" },
  });
  if (options.statements) setStatementNaming(dataSource, options.statements);
  return dataSource;
}

/**
 * The public API of the Yhdyspinta core. Region plug-ins and the server import only from here.
 */
import "reflect-metadata";

export * from "./common/vocabulary";
export * from "./common/enums";
export * from "./common/errors";
export * from "./common/global-id";
export * from "./common/graphql-types";
export * from "./common/pagination";
export * from "./common/connection-loader";
export * from "./common/entity-loader";
export * from "./common/array-connection";
export * from "./common/args";
export * from "./common/context";
export * from "./common/sql";
export * from "./common/transaction";
export * from "./common/linked-codes";
export * from "./common/localized";
export * from "./common/payloads";
export * from "./common/uniq";
export * from "./common/validators";
export * from "./common/complexity";

export * from "./auth/roles";
export * from "./auth/policy";
export * from "./auth/auth-checker";

export * from "./region/wellbeing-region.entity";
export * from "./region/municipality.entity";
export * from "./region/reference-data";
export * from "./region/reference-data.service";
export * from "./region/region.resolver";

export * from "./organisation/business-id";
export * from "./organisation/organisation.entity";
export * from "./organisation/organisation.inputs";
export * from "./organisation/organisation.connection";
export * from "./organisation/organisation.service";

export * from "./activity/activity.entity";
export * from "./activity/activity.inputs";
export * from "./activity/activity.connection";
export * from "./activity/activity.service";

export * from "./partnership/partnership.entity";
export * from "./partnership/partnership.inputs";
export * from "./partnership/partnership.connection";
export * from "./partnership/partnership.service";

export * from "./node/node.registry";

export * from "./database/data-source";
export * from "./database/query-counter";
export * from "./schema/build-schema";
export * from "./schema/core-resolvers";

export { CORE_VERSION } from "./version";
export * from "./plugin/region-plugin";
export * from "./plugin/version-range";
export * from "./plugin/plugin-checks";
export * from "./plugin/plugin-schema";
export * from "./plugin/plugin-migrations";
export * from "./plugin/plugin-seed";
export * from "./seed/demo-data.generator";
export * from "./seed/demo-data.seeder";
export * from "./milestone/milestone-kinds";
export * from "./milestone/milestone.enums";
export * from "./milestone/milestone.entity";
export * from "./milestone/milestone-event.entity";
export * from "./milestone/milestone.inputs";
export * from "./milestone/milestone.connection";
export * from "./milestone/milestone.service";
export * from "./milestone/milestone-event.filter";
export * from "./milestone/milestone-event.outbox";
export * from "./milestone/milestone-event.hub";
export * from "./milestone/milestone-event.cursor";
export * from "./milestone/national-timeline";
export * from "./import/csv";
export * from "./import/import.service";
export * from "./notification/notification.texts";
export * from "./notification/feed.service";
export * from "./notification/notification.types";
export * from "./notification/notification.inputs";
export * from "./notification/notification.service";
export * from "./notification/mail-transport";
export * from "./notification/email.templates";
export * from "./notification/email.worker";
export * from "./notification/webhook-url";
export * from "./notification/webhook.service";
export * from "./notification/webhook.worker";

/**
 * `@yhdyspinta/core/internal`: what only the server, the CLI and the test kit need: the event hub,
 * the data source factory, seeders, schema build, migrations, importers and the query engine's
 * lower layers. Region plug-ins never import this (the layering test refuses it); nothing here is
 * covered by `coreVersion`, so it may change in any release.
 *
 * It re-exports the public API too, so a server module imports from one place.
 */
export * from "./index";

export * from "./vocabulary/vocabulary";
export * from "./graphql/enums";
export * from "./graphql/complexity";
export * from "./graphql/localized";
export * from "./graphql/args";
export * from "./graphql/graphql-types";
export * from "./errors/errors";
export * from "./errors/error-reasons";
export * from "./query/pagination";
export * from "./query/ordering";
export * from "./query/connection-loader";
export * from "./query/array-connection";
export * from "./query/linked-codes";
export * from "./query/filter-compiler";
export * from "./query/facets";
export * from "./context/request-context";

export * from "./auth/roles";
export * from "./auth/policy";
export * from "./auth/auth-checker";
export * from "./auth/personal-data";

export * from "./region/reference-data";
export * from "./region/reference-data.service";
export * from "./region/region.resolver";

export * from "./organisation/business-id";
export * from "./organisation/business-id.validator";
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
export { registeredTypeNames } from "./schema/type-graphql-adapter";

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

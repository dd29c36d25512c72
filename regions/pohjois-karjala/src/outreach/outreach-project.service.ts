import {
  inTransaction, Municipality, Organisation, parseIntId, requireRegionParticipant, UserInputError, uniq, type YhdyspintaContext, requireOrganisation, insertRow, columnsOf, hydrator, loadConnection, SqlParams, type ConnectionArgs, type ListSpec, type TargetGroupValue,
  columnSortKey, listOrdering, NO_DATE, textSortKey, type ListOrderingOptions, type Ordering, type OrderItem,
} from "@yhdyspinta/core";
import { POHJOIS_KARJALA } from "../region";
import { PohjoisKarjalaOutreachProject } from "./outreach-project.entity";
import { Reason } from "../reasons";
import type { CreatePohjoisKarjalaOutreachProjectInput } from "./outreach-project.inputs";

/** What `orderBy` offers; each key has an index on (key, id) (migration 1736300000001). */
const ORDERS: ListOrderingOptions = {
  fields: {
    NAME: textSortKey("t.name"),
    STARTS_ON: columnSortKey("t.starts_on", "date"),
    ENDS_ON: columnSortKey(`COALESCE(t.ends_on, ${NO_DATE})`, "date"),
  },
  defaultOrder: [{ field: "NAME", direction: "ASC" }],
};
/** Without orderBy the list keeps its first order (name in the database's collation), so existing clients see no change. */
const AS_STORED: Ordering = { name: "pk-outreach", keys: [{ sql: "t.name", type: "text" }, { sql: "t.id", type: "int" }] };

/** The writes of this feature: its SQL (the resolvers call these). */
export class OutreachProjectService {
  createPohjoisKarjalaOutreachProject(ctx: YhdyspintaContext, input: CreatePohjoisKarjalaOutreachProjectInput): Promise<PohjoisKarjalaOutreachProject> {
    const organisationId = parseIntId(input.organisationId, Organisation.typeName, "organisationId");
    const codes = uniq(input.municipalityCodes);
    for (const code of codes) {
      if (ctx.reference.requireMunicipality(code, "municipalityCodes").regionCode !== POHJOIS_KARJALA) {
        throw new UserInputError(`Municipality ${code} is not in Pohjois-Karjala`, { field: "municipalityCodes", reason: Reason.MUNICIPALITY_OUTSIDE_REGION });
      }
    }
    if (input.endsOn && input.endsOn < input.startsOn) throw new UserInputError("endsOn must not be before startsOn", { field: "endsOn", reason: Reason.ENDS_BEFORE_START });
    // The project is the organisation's own: its editor registers it, or a coordinator of Pohjois-Karjala.
    requireRegionParticipant(ctx, POHJOIS_KARJALA, organisationId);
    return inTransaction(ctx, async (em) => {
      await requireOrganisation(em, organisationId);
      // An editor acts for their organisation where it works: not in Pohjois-Karjala's list for an organisation elsewhere.
      const [inRegion] = await em.query(
        "SELECT EXISTS (SELECT 1 FROM organisation_region WHERE organisation_id = $1 AND region_code = $2) AS ok", [organisationId, POHJOIS_KARJALA]);
      if (!inRegion.ok) {
        throw new UserInputError("The organisation does not operate in Pohjois-Karjala", { field: "organisationId", reason: Reason.ORGANISATION_OUTSIDE_REGION });
      }
      const project = Object.assign(new PohjoisKarjalaOutreachProject(), await insertRow(em, ctx.dataSource.getMetadata(PohjoisKarjalaOutreachProject), {
        organisationId, name: input.name, description: input.description ?? null, startsOn: input.startsOn, endsOn: input.endsOn ?? null,
        targetGroups: uniq(input.targetGroups), municipalityCodes: codes,
      }));
      return project;
    });
  }

  /** Projects by name (or `orderBy`), optionally only those reaching one target group. */
  list(ctx: YhdyspintaContext, page: ConnectionArgs, targetGroup: TargetGroupValue | null, orderBy?: readonly OrderItem[] | null) {
    const params = new SqlParams();
    const spec: ListSpec = {
      from: "pohjois_karjala_outreach_project t", columns: columnsOf(ctx.dataSource.getMetadata(PohjoisKarjalaOutreachProject)),
      filters: targetGroup ? [`t.target_groups @> ARRAY[${params.add(targetGroup)}]::text[]`] : [], params,
      ordering: orderBy?.length ? listOrdering(params, [], null, orderBy, ORDERS) : AS_STORED,
    };
    return loadConnection(ctx, spec, page, hydrator(PohjoisKarjalaOutreachProject));
  }
}

export const outreachProjects = new OutreachProjectService();

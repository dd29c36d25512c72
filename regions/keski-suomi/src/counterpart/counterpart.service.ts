import {
  inTransaction, loadEntitiesByKey, Organisation, parseIntId, requireOrganisation, requireRegionRole, type YhdyspintaContext,
} from "@yhdyspinta/core";
import { KeskiSuomiCounterpart } from "./counterpart.entity";
import type { SetKeskiSuomiCounterpartInput } from "./counterpart.inputs";

const REGION = "15";

/** Reads and writes of the county's counterparts: the SQL of this feature. */
export class CounterpartService {
  list(ctx: YhdyspintaContext): Promise<KeskiSuomiCounterpart[]> {
    return loadEntitiesByKey(ctx, KeskiSuomiCounterpart, "region_code", REGION, "t.topic, t.id");
  }

  set(ctx: YhdyspintaContext, input: SetKeskiSuomiCounterpartInput): Promise<KeskiSuomiCounterpart> {
    // The county names its counterparts: a coordinator of Keski-Suomi or an admin.
    requireRegionRole(ctx, REGION);
    const ngoOrganisationId = input.ngoOrganisationId == null ? null : parseIntId(input.ngoOrganisationId, Organisation.typeName, "ngoOrganisationId");
    return inTransaction(ctx, async (em) => {
      if (ngoOrganisationId !== null) {
        await requireOrganisation(em, ngoOrganisationId, "ngoOrganisationId");
      }
      const [row] = await em.query(
        `INSERT INTO keski_suomi_counterpart (region_code, topic, county_contact_name, county_contact_title, ngo_contact_name, ngo_organisation_id)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (region_code, topic) DO UPDATE SET county_contact_name = EXCLUDED.county_contact_name,
           county_contact_title = EXCLUDED.county_contact_title, ngo_contact_name = EXCLUDED.ngo_contact_name, ngo_organisation_id = EXCLUDED.ngo_organisation_id
         RETURNING id`,
        [REGION, input.topic.trim(), input.countyContactName, input.countyContactTitle ?? null, input.ngoContactName ?? null, ngoOrganisationId],
      );
      return (await em.findOneBy(KeskiSuomiCounterpart, { dbId: row.id }))!;
    });
  }
}

export const counterparts = new CounterpartService();

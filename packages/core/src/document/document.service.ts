import type { EntityManager } from "typeorm";
import { authorize, requireMilestoneManager } from "../auth/policy";
import type { YhdyspintaContext } from "../context/request-context";
import { lockBody } from "../cooperation-body/cooperation-body.service";
import { Reason } from "../errors/error-reasons";
import { NotFoundError, UserInputError } from "../errors/errors";
import { fromGlobalId, parseIntId, toGlobalId } from "../graphql/global-id";
import { loadEntitiesByKey } from "../query/entity-loader";
import { insertRow } from "../query/row-writes";
import { inTransaction } from "../query/transaction";
import { requireKnownCode } from "../vocabulary/vocabulary-registry";
import { DOCUMENT_OWNERS, DocumentLink, type DocumentOwnerType } from "./document.entity";
import type { AddDocumentLinkInput } from "./document.inputs";

const OWNER_PROPERTY: Record<DocumentOwnerType, keyof DocumentLink> = {
  CooperationBody: "bodyId", CooperationBodyMeeting: "meetingId", CooperationBodyOutput: "outputId", Consultation: "consultationId", PreparationMilestone: "milestoneId",
};

/** An absolute http(s) URL with a host; anything else (javascript:, relative, mailto:) is refused. */
export function requireHttpUrl(url: string, field: string): string {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:") || !parsed.hostname || url !== url.trim()) {
    throw new UserInputError("Give an absolute http or https URL", { field, reason: Reason.INVALID_URL });
  }
  return url;
}

function isOwnerType(typeName: string): typeName is DocumentOwnerType {
  return Object.hasOwn(DOCUMENT_OWNERS, typeName);
}

/** Locks the owner and checks the viewer may change it: its body's or consultation's regions, or the milestone's. */
async function authorizeOwner(ctx: YhdyspintaContext, em: EntityManager, type: DocumentOwnerType, id: number, globalId: string): Promise<void> {
  const missing = () => new UserInputError(`The ${type} does not exist`, { field: "ownerId", reason: Reason.INVALID_ID });
  switch (type) {
    case "CooperationBody": {
      const body = await lockBody(em, id, globalId).catch((e) => { throw e instanceof NotFoundError ? missing() : e; });
      authorize(ctx, "cooperation:manage", { regionCodes: body.regionCodes });
      return;
    }
    case "CooperationBodyMeeting":
    case "CooperationBodyOutput": {
      const table = type === "CooperationBodyMeeting" ? "cooperation_body_meeting" : "cooperation_body_output";
      const [row] = await em.query(`SELECT body_id AS "bodyId" FROM ${table} WHERE id = $1 FOR KEY SHARE`, [id]);
      if (!row) throw missing();
      const body = await lockBody(em, row.bodyId, globalId);
      authorize(ctx, "cooperation:manage", { regionCodes: body.regionCodes });
      return;
    }
    case "Consultation": {
      const [row] = await em.query(
        `SELECT ARRAY(SELECT r.region_code::text FROM consultation_region r WHERE r.consultation_id = c.id
           UNION SELECT m.region_code::text FROM consultation_municipality cm JOIN municipality m ON m.code = cm.municipality_code WHERE cm.consultation_id = c.id
           UNION SELECT o.region_code::text FROM consultation_invitee i JOIN organisation_region o ON o.organisation_id = i.organisation_id
                 WHERE i.consultation_id = c.id AND NOT EXISTS (SELECT 1 FROM consultation_region WHERE consultation_id = c.id)
                   AND NOT EXISTS (SELECT 1 FROM consultation_municipality WHERE consultation_id = c.id)) AS "regionCodes"
         FROM consultation c WHERE c.id = $1 FOR KEY SHARE`, [id]);
      if (!row) throw missing();
      authorize(ctx, "cooperation:manage", { regionCodes: row.regionCodes });
      return;
    }
    case "PreparationMilestone": {
      const [row] = await em.query(`SELECT region_code AS "regionCode" FROM preparation_milestone WHERE id = $1 FOR KEY SHARE`, [id]);
      if (!row) throw missing();
      requireMilestoneManager(ctx, row.regionCode);
      return;
    }
  }
}

export class DocumentService {
  /** The owner's links, newest date first (undated last), batched per request and owner type. */
  documentsOf(ctx: YhdyspintaContext, type: DocumentOwnerType, ownerId: number): Promise<DocumentLink[]> {
    return loadEntitiesByKey(ctx, DocumentLink, DOCUMENT_OWNERS[type], ownerId, "t.dated_on DESC NULLS LAST, t.id");
  }

  async add(ctx: YhdyspintaContext, input: AddDocumentLinkInput): Promise<DocumentLink> {
    const { typeName } = fromGlobalId(input.ownerId);
    if (!isOwnerType(typeName)) {
      throw new UserInputError(`Documents hang on ${Object.keys(DOCUMENT_OWNERS).join(", ")}`, { field: "ownerId", reason: Reason.INVALID_ID });
    }
    const ownerId = parseIntId(input.ownerId, typeName, "ownerId");
    const url = requireHttpUrl(input.url, "url");
    const kind = requireKnownCode("documentKinds", input.kind, "kind");
    return inTransaction(ctx, async (em) => {
      await authorizeOwner(ctx, em, typeName, ownerId, input.ownerId);
      return Object.assign(new DocumentLink(), await insertRow(em, ctx.dataSource.getMetadata(DocumentLink), {
        title: input.title, url, kind, datedOn: input.datedOn ?? null, [OWNER_PROPERTY[typeName]]: ownerId,
      }));
    });
  }

  async remove(ctx: YhdyspintaContext, globalId: string): Promise<string> {
    const id = parseIntId(globalId, DocumentLink.typeName);
    await inTransaction(ctx, async (em) => {
      const [row] = await em.query(
        `SELECT body_id, meeting_id, output_id, consultation_id, milestone_id FROM document_link WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw new NotFoundError(DocumentLink.typeName, globalId);
      const type = (Object.keys(DOCUMENT_OWNERS) as DocumentOwnerType[]).find((t) => row[DOCUMENT_OWNERS[t]] !== null)!;
      await authorizeOwner(ctx, em, type, row[DOCUMENT_OWNERS[type]], toGlobalId(type, row[DOCUMENT_OWNERS[type]]));
      await em.query(`DELETE FROM document_link WHERE id = $1`, [id]);
    });
    return toGlobalId(DocumentLink.typeName, id);
  }
}

export const documentService = new DocumentService();

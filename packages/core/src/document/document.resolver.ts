import { Arg, Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import { Role } from "../auth/roles";
import type { YhdyspintaContext } from "../context/request-context";
import { Consultation } from "../consultation/consultation.entity";
import { CooperationBody, CooperationBodyMeeting, CooperationBodyOutput } from "../cooperation-body/cooperation-body.entity";
import { Language } from "../graphql/enums";
import { deleteMutation, inputMutation, mutationResolver } from "../graphql/mutation-resolver";
import { PreparationMilestone } from "../milestone/milestone.entity";
import { Columns } from "../query/projection";
import type { LanguageValue } from "../vocabulary/vocabulary";
import { vocabularyLabel } from "../vocabulary/vocabulary-registry";
import { DocumentLink, type DocumentOwnerType } from "./document.entity";
import { AddDocumentLinkInput } from "./document.inputs";
import { documentService as service } from "./document.service";

const DOCS = "Document links (agenda, minutes, statements, reports...), newest first.";

@Resolver(() => DocumentLink)
export class DocumentLinkResolver {
  @FieldResolver(() => String, { description: "The kind's label (documentKinds vocabulary)." })
  kindLabel(@Root() doc: DocumentLink, @Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): string {
    return vocabularyLabel("documentKinds", doc.kind, language);
  }
}

export const DocumentLinkMutationResolver = mutationResolver("DocumentLinkMutationResolver", [Role.COORDINATOR, Role.ADMIN], {
  addDocumentLink: inputMutation(DocumentLink, AddDocumentLinkInput, (ctx, input) => service.add(ctx, input), {
    description: "Links a document to a body, meeting, output, consultation or milestone (whoever may change that record).",
  }),
  removeDocumentLink: deleteMutation((ctx, id) => service.remove(ctx, id)),
});

/** `documents` on a record that documents link to (DocumentLink.subjectType names its type). */
function documentsResolver(parent: ClassType<{ dbId: number }>, subjectType: DocumentOwnerType, columns?: readonly string[]): ClassType {
  @Resolver(() => parent)
  class Documents {
    @(columns ? Columns(...columns) : () => undefined)
    @FieldResolver(() => [DocumentLink], { description: DOCS })
    documents(@Root() row: { dbId: number }, @Ctx() ctx: YhdyspintaContext) {
      return service.documentsOf(ctx, subjectType, row.dbId);
    }
  }
  return Documents;
}

export const CooperationBodyDocumentsResolver = documentsResolver(CooperationBody, "CooperationBody", []);
export const MeetingDocumentsResolver = documentsResolver(CooperationBodyMeeting, "CooperationBodyMeeting");
export const OutputDocumentsResolver = documentsResolver(CooperationBodyOutput, "CooperationBodyOutput");
export const ConsultationDocumentsResolver = documentsResolver(Consultation, "Consultation");
export const MilestoneDocumentsResolver = documentsResolver(PreparationMilestone, "PreparationMilestone");

import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
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
import { DocumentLink } from "./document.entity";
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

@Resolver(() => CooperationBody)
export class CooperationBodyDocumentsResolver {
  @Columns()
  @FieldResolver(() => [DocumentLink], { description: DOCS })
  documents(@Root() body: CooperationBody, @Ctx() ctx: YhdyspintaContext) {
    return service.documentsOf(ctx, "CooperationBody", body.dbId);
  }
}

@Resolver(() => CooperationBodyMeeting)
export class MeetingDocumentsResolver {
  @FieldResolver(() => [DocumentLink], { description: DOCS })
  documents(@Root() meeting: CooperationBodyMeeting, @Ctx() ctx: YhdyspintaContext) {
    return service.documentsOf(ctx, "CooperationBodyMeeting", meeting.dbId);
  }
}

@Resolver(() => CooperationBodyOutput)
export class OutputDocumentsResolver {
  @FieldResolver(() => [DocumentLink], { description: DOCS })
  documents(@Root() output: CooperationBodyOutput, @Ctx() ctx: YhdyspintaContext) {
    return service.documentsOf(ctx, "CooperationBodyOutput", output.dbId);
  }
}

@Resolver(() => Consultation)
export class ConsultationDocumentsResolver {
  @FieldResolver(() => [DocumentLink], { description: DOCS })
  documents(@Root() c: Consultation, @Ctx() ctx: YhdyspintaContext) {
    return service.documentsOf(ctx, "Consultation", c.dbId);
  }
}

@Resolver(() => PreparationMilestone)
export class MilestoneDocumentsResolver {
  @FieldResolver(() => [DocumentLink], { description: DOCS })
  documents(@Root() milestone: PreparationMilestone, @Ctx() ctx: YhdyspintaContext) {
    return service.documentsOf(ctx, "PreparationMilestone", milestone.dbId);
  }
}

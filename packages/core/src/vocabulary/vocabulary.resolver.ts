import { Arg, Field, FieldResolver, ObjectType, Query, Resolver, Root, registerEnumType } from "type-graphql";
import { Language } from "../graphql/enums";
import type { LanguageValue } from "./vocabulary";
import { VOCABULARY_NAMES, vocabularyEntries, vocabularyLabel, type VocabularyName } from "./vocabulary-registry";

/** COOPERATION_BODY_KINDS <-> cooperationBodyKinds: GraphQL enum values for the registry's names. */
const upperSnake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
export const VocabularyNameEnum = Object.fromEntries(VOCABULARY_NAMES.map((n) => [upperSnake(n), n])) as Record<string, VocabularyName>;
registerEnumType(VocabularyNameEnum, {
  name: "VocabularyName",
  description: "The open code lists region plug-ins extend: kinds of cooperation bodies, member roles, contact role types, milestone kinds, document and output kinds.",
});

@ObjectType({ description: "Labels of a code in Finnish, Swedish and English (Swedish and English fall back to Finnish)." })
export class VocabularyLabelSet {
  @Field()
  fi: string;

  @Field()
  sv: string;

  @Field()
  en: string;
}

@ObjectType({ description: "One code of a vocabulary, with its labels and who added it." })
export class VocabularyEntry {
  vocabulary: VocabularyName;

  @Field()
  code: string;

  @Field({ description: "\"core\" or the name of the region plug-in that added the code." })
  source: string;

  @Field(() => VocabularyLabelSet)
  labels: VocabularyLabelSet;
}

@Resolver(() => VocabularyEntry)
export class VocabularyResolver {
  @Query(() => [VocabularyEntry], { description: "Every code of a vocabulary (the core's and the enabled plug-ins'), sorted by code, with labels." })
  vocabulary(@Arg("name", () => VocabularyNameEnum) name: VocabularyName): VocabularyEntry[] {
    return vocabularyEntries(name).map((e) => ({
      vocabulary: name, code: e.code, source: e.source,
      labels: { fi: e.labels.fi, sv: e.labels.sv || e.labels.fi, en: e.labels.en || e.labels.fi },
    }));
  }

  @FieldResolver(() => String, { description: "The label in the language (Finnish when there is none in it)." })
  label(@Root() entry: VocabularyEntry, @Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): string {
    return vocabularyLabel(entry.vocabulary, entry.code, language);
  }
}

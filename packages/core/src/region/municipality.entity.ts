import { Arg, Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { Language } from "../graphql/enums";
import { LocalizedString, LocalizedText, Node } from "../graphql/graphql-types";
import { toGlobalId } from "../graphql/global-id";
import { localizedString, localizedText, pickLanguage } from "../graphql/localized";
import type { LanguageValue } from "../vocabulary/vocabulary";

@ObjectType({ simpleResolvers: true, description: "A WGS84 point." })
export class GeoPoint {
  @Field(() => Float, { description: "Degrees north." })
  latitude: number;

  @Field(() => Float, { description: "Degrees east." })
  longitude: number;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "Kunta: a municipality (Statistics Finland classification 2025)." })
@Entity("municipality")
export class Municipality implements Node {
  @Field(() => ID)
  get id(): string {
    return toGlobalId("Municipality", this.code);
  }

  @Field({ description: "Three-digit Statistics Finland code, e.g. \"179\" Jyväskylä." })
  @PrimaryColumn({ type: "varchar", length: 3 })
  code: string;

  @Column({ name: "name_fi" })
  nameFi: string;

  @Column({ name: "name_sv" })
  nameSv: string;

  // No English names in the classification: English falls back to Finnish.
  nameEn: null = null;

  @Column({ name: "region_code", type: "varchar", length: 2 })
  regionCode: string;

  @Column({ name: "centre_latitude", type: "double precision", nullable: true })
  centreLatitude: number | null;

  @Column({ name: "centre_longitude", type: "double precision", nullable: true })
  centreLongitude: number | null;

  @Field(() => GeoPoint, {
    nullable: true,
    description: "Centre of the municipality's central locality (National Land Survey), e.g. for `filter.near`; null where the source has none.",
  })
  get centre(): GeoPoint | null {
    if (this.centreLatitude == null || this.centreLongitude == null) return null;
    return Object.assign(new GeoPoint(), { latitude: this.centreLatitude, longitude: this.centreLongitude });
  }

  @Field(() => String)
  name(@Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): string {
    return pickLanguage(this, "name", language);
  }

  // Same fields as LocalizedFields gives entities (reference tables have their own columns).
  @Field(() => LocalizedString, { description: "`name` in the language asked for, or in Finnish when there is none (`isFallback`)." })
  nameIn(@Arg("language", () => Language, { defaultValue: "FI" }) language: LanguageValue): LocalizedString {
    return localizedString(this, "name", language);
  }

  @Field(() => LocalizedText)
  get names(): LocalizedText {
    return localizedText(this, "name");
  }
}

import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";
import { Node } from "../graphql/graphql-types";
import { toGlobalId } from "../graphql/global-id";
import { LocalizedFields } from "../graphql/localized-fields";

@ObjectType({ simpleResolvers: true, description: "A WGS84 point." })
export class GeoPoint {
  @Field(() => Float, { description: "Degrees north." })
  latitude: number;

  @Field(() => Float, { description: "Degrees east." })
  longitude: number;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "Kunta: a municipality (Statistics Finland classification 2025)." })
@Entity("municipality")
@LocalizedFields({ prefix: "name", ownColumns: true })
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
}

import { IsEmail, IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Names or replaces the NGO contact person of a municipality of Pohjois-Karjala." })
export class SetPohjoisKarjalaNgoContactPersonInput {
  @Field()
  @Matches(/^[0-9]{3}$/)
  municipalityCode: string;

  @Field()
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,30}$/)
  phone?: string | null;

  @Field(() => Boolean, { nullable: true, description: "The person agreed to publication of their name and contact details to anonymous users (default false)." })
  @IsOptional()
  publicationConsent?: boolean | null;

  @Field(() => ID, { nullable: true, description: "The organisation the person works for, if any." })
  @IsOptional()
  @MaxLength(200)
  organisationId?: string | null;
}

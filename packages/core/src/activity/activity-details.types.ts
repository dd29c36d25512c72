import { Field, Float, Int, ObjectType } from "type-graphql";
import { CostType, RegistrationType, Weekday } from "../graphql/enums";
import { LocalDateScalar } from "../graphql/local-date.scalar";
import { Municipality } from "../region/municipality.entity";
import type { CostTypeValue, RegistrationTypeValue, WeekdayValue } from "../vocabulary/vocabulary";

/** Output types of an activity's structured details (values of its columns, no rows of their own). */

@ObjectType({ description: "Where the activity meets (PTV: service channel address)." })
export class ActivityLocation {
  @Field(() => String, { nullable: true, description: "Name of the place, e.g. \"Järjestötalo, kerhohuone\"." })
  venueName: string | null;

  @Field(() => String, { nullable: true })
  streetAddress: string | null;

  @Field(() => String, { nullable: true })
  postalCode: string | null;

  @Field(() => String, { nullable: true })
  postOffice: string | null;

  @Field(() => Municipality, { nullable: true })
  municipality: Municipality | null;

  @Field(() => Float, { nullable: true, description: "WGS84 degrees." })
  latitude: number | null;

  @Field(() => Float, { nullable: true, description: "WGS84 degrees." })
  longitude: number | null;
}

@ObjectType()
export class ActivityOccurrence {
  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;
}

@ObjectType({ description: "A recurring meeting time in Finnish local time (Europe/Helsinki), e.g. Tuesdays 10-12 from 1.9. to 15.12. except holidays." })
export class RecurrenceRule {
  @Field(() => String, { description: "WEEKLY or MONTHLY." })
  frequency: "WEEKLY" | "MONTHLY";

  @Field(() => [Weekday])
  weekdays: WeekdayValue[];

  @Field(() => Int, { description: "WEEKLY: every n weeks (2 = every other week)." })
  interval: number;

  @Field(() => Int, { nullable: true, description: "MONTHLY: which of the month's weekdays (1-5, -1 = the last)." })
  weekOfMonth: number | null;

  @Field({ description: "Local time HH:MM." })
  startTime: string;

  @Field({ description: "Local time HH:MM (earlier than startTime: ends the next day)." })
  endTime: string;

  @Field(() => LocalDateScalar)
  startDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "Null: until further notice." })
  endDate: string | null;

  @Field({ description: "No meeting on Finnish public holidays (and Midsummer and Christmas Eve)." })
  exceptHolidays: boolean;

  @Field(() => [LocalDateScalar])
  exceptDates: string[];
}

@ObjectType({ description: "What taking part costs (PTV: charge type and its description)." })
export class ActivityCost {
  @Field(() => CostType)
  type: CostTypeValue;

  @Field(() => Float, { nullable: true, description: "Euros per time or per period as `description` says." })
  amount: number | null;

  @Field(() => String, { nullable: true, description: "E.g. \"5 € / kerta, sisältää kahvin\"." })
  description: string | null;
}

@ObjectType({ description: "How one signs up." })
export class ActivityRegistration {
  @Field(() => RegistrationType)
  type: RegistrationTypeValue;

  @Field(() => String, { nullable: true, description: "In words, e.g. \"ohjaajalle puhelimitse\"." })
  how: string | null;

  @Field(() => String, { nullable: true })
  url: string | null;

  @Field(() => Date, { nullable: true })
  deadline: Date | null;
}

@ObjectType({ description: "The activity's own public contact channel (organisational, never a person's private details)." })
export class ActivityContact {
  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  web: string | null;
}

/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Saavutettavuus. */
export type AccessibilityFeature =
  | 'EASY_LANGUAGE'
  | 'INDUCTION_LOOP'
  | 'ONLINE_PARTICIPATION'
  | 'SIGN_LANGUAGE'
  | 'WHEELCHAIR_ACCESS';

/** All given conditions must hold. */
export type ActivityFilter = {
  kind?: ActivityKind | null | undefined;
  language?: Language | null | undefined;
  /** Takes place in this municipality. */
  municipalityCode?: string | null | undefined;
  /** Only activities one can take part in online (true) or only on site (false). */
  online?: boolean | null | undefined;
  organisationId?: string | number | null | undefined;
  /** Takes place in a municipality of this wellbeing region. */
  regionCode?: string | null | undefined;
  /** Finnish full-text search (web search syntax), e.g. "omaishoitajien vertaistukiryhmä" (compound words are not split). */
  search?: string | null | undefined;
  targetGroup?: TargetGroup | null | undefined;
  theme?: Theme | null | undefined;
};

/** Toiminnan muoto: vertaistuki, matalan kynnyksen toiminta, etsivä työ, arjen apu, virkistys, tapahtuma, palveluohjaus/neuvonta, markkinaehtoinen palvelu. */
export type ActivityKind =
  | 'EVENT'
  | 'EVERYDAY_HELP'
  | 'LOW_THRESHOLD'
  | 'MARKET_SERVICE'
  | 'OUTREACH'
  | 'PEER_SUPPORT'
  | 'RECREATION'
  | 'SERVICE_ADVICE';

/** Language (ISO 639): SE = Northern Sámi (pohjoissaame), FSE = Finnish Sign Language (suomalainen viittomakieli). */
export type Language =
  | 'AR'
  | 'EN'
  | 'ET'
  | 'FA'
  | 'FI'
  | 'FSE'
  | 'RU'
  | 'SE'
  | 'SO'
  | 'SV'
  | 'UK';

/** Kohderyhmä. */
export type TargetGroup =
  | 'CHILDREN'
  | 'EVERYONE'
  | 'FAMILIES'
  | 'IMMIGRANTS'
  | 'INFORMAL_CARERS'
  | 'OLDER_PEOPLE'
  | 'PEOPLE_WITH_DISABILITIES'
  | 'PEOPLE_WITH_MENTAL_HEALTH_CONDITIONS'
  | 'PEOPLE_WITH_SUBSTANCE_USE'
  | 'UNEMPLOYED'
  | 'WORKING_AGE'
  | 'YOUTH';

/** Sosiaali- ja terveysalan teema. */
export type Theme =
  | 'CHILDREN_AND_FAMILIES'
  | 'CHRONIC_ILLNESS'
  | 'DISABILITY'
  | 'EMPLOYMENT'
  | 'HEALTH_PROMOTION'
  | 'HOUSING'
  | 'IMMIGRANTS'
  | 'INFORMAL_CARE'
  | 'LONELINESS'
  | 'MENTAL_HEALTH'
  | 'OLDER_PEOPLE'
  | 'PATIENT_ADVOCACY'
  | 'POVERTY'
  | 'SUBSTANCE_USE'
  | 'VIOLENCE_AND_CRIME'
  | 'YOUTH';

export type OpasPlacesQueryVariables = Exact<{
  language: Language;
}>;


export type OpasPlacesQuery = { regions: Array<{ code: string, name: string, municipalities: Array<{ code: string, name: string }> }> };

export type OpasSearchQueryVariables = Exact<{
  filter?: ActivityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  language: Language;
}>;


export type OpasSearchQuery = { activities: { totalCount: number, nodes: Array<{ id: string, kind: ActivityKind, description: string | null, schedule: string | null, startsAt: string | null, endsAt: string | null, address: string | null, online: boolean, freeOfCharge: boolean, accessibility: Array<AccessibilityFeature>, languages: Array<Language>, nameIn: { text: string, language: Language, isFallback: boolean }, municipalities: Array<{ code: string, name: string }>, organisation: { id: string, name: string, website: string | null, contact: { email: string | null, phone: string | null } | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type OpasActivityQueryVariables = Exact<{
  id: string | number;
  language: Language;
}>;


export type OpasActivityQuery = { node:
    | { __typename: 'Activity', themes: Array<Theme>, targetGroups: Array<TargetGroup>, id: string, kind: ActivityKind, description: string | null, schedule: string | null, startsAt: string | null, endsAt: string | null, address: string | null, online: boolean, freeOfCharge: boolean, accessibility: Array<AccessibilityFeature>, languages: Array<Language>, descriptionIn: { text: string, language: Language, isFallback: boolean } | null, nameIn: { text: string, language: Language, isFallback: boolean }, municipalities: Array<{ code: string, name: string }>, organisation: { id: string, name: string, website: string | null, contact: { email: string | null, phone: string | null } | null } }
    | { __typename: 'KeskiSuomiNgoNetwork' }
    | { __typename: 'Municipality' }
    | { __typename: 'Organisation' }
    | { __typename: 'Partnership' }
    | { __typename: 'PartnershipTable' }
    | { __typename: 'PartnershipTableMeeting' }
    | { __typename: 'PartnershipTableSeat' }
    | { __typename: 'PartnershipTableTerm' }
    | { __typename: 'PohjoisKarjalaCommittee' }
    | { __typename: 'PohjoisKarjalaCommitteeTerm' }
    | { __typename: 'PohjoisKarjalaOutreachProject' }
    | { __typename: 'PohjoisKarjalaStatement' }
    | { __typename: 'PreparationMilestone' }
    | { __typename: 'UusimaaDevelopmentGroup' }
    | { __typename: 'UusimaaNomination' }
    | { __typename: 'UusimaaRepresentativeCall' }
    | { __typename: 'WellbeingRegion' }
   | null };

export type OpasActivityFieldsFragment = { id: string, kind: ActivityKind, description: string | null, schedule: string | null, startsAt: string | null, endsAt: string | null, address: string | null, online: boolean, freeOfCharge: boolean, accessibility: Array<AccessibilityFeature>, languages: Array<Language>, nameIn: { text: string, language: Language, isFallback: boolean }, municipalities: Array<{ code: string, name: string }>, organisation: { id: string, name: string, website: string | null, contact: { email: string | null, phone: string | null } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const OpasActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment OpasActivityFields on Activity {
  id
  kind
  nameIn(language: $language) {
    text
    language
    isFallback
  }
  description(language: $language)
  schedule
  startsAt
  endsAt
  address
  online
  freeOfCharge
  accessibility
  languages
  municipalities {
    code
    name(language: $language)
  }
  organisation {
    id
    name(language: $language)
    website
    contact {
      email
      phone
    }
  }
}
    `, {"fragmentName":"OpasActivityFields"}) as unknown as TypedDocumentString<OpasActivityFieldsFragment, unknown>;
export const OpasPlacesDocument = new TypedDocumentString(`
    query OpasPlaces($language: Language!) {
  regions(inReformOnly: true) {
    code
    name(language: $language)
    municipalities {
      code
      name(language: $language)
    }
  }
}
    `, {"hash":"sha256:6d41dcf50f25554e729169c2b1e012551940483e0b779da70b6aa2daa428b14e"}) as unknown as TypedDocumentString<OpasPlacesQuery, OpasPlacesQueryVariables>;
export const OpasSearchDocument = new TypedDocumentString(`
    query OpasSearch($filter: ActivityFilter, $first: Int, $after: String, $last: Int, $before: String, $language: Language!) {
  activities(
    filter: $filter
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    nodes {
      ...OpasActivityFields
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    fragment OpasActivityFields on Activity {
  id
  kind
  nameIn(language: $language) {
    text
    language
    isFallback
  }
  description(language: $language)
  schedule
  startsAt
  endsAt
  address
  online
  freeOfCharge
  accessibility
  languages
  municipalities {
    code
    name(language: $language)
  }
  organisation {
    id
    name(language: $language)
    website
    contact {
      email
      phone
    }
  }
}`, {"hash":"sha256:3f51cec99efbd0f05447bde4f923096d4e5d00177186a2a6f3ad9679d89e7ead"}) as unknown as TypedDocumentString<OpasSearchQuery, OpasSearchQueryVariables>;
export const OpasActivityDocument = new TypedDocumentString(`
    query OpasActivity($id: ID!, $language: Language!) {
  node(id: $id) {
    __typename
    ... on Activity {
      ...OpasActivityFields
      descriptionIn(language: $language) {
        text
        language
        isFallback
      }
      themes
      targetGroups
    }
  }
}
    fragment OpasActivityFields on Activity {
  id
  kind
  nameIn(language: $language) {
    text
    language
    isFallback
  }
  description(language: $language)
  schedule
  startsAt
  endsAt
  address
  online
  freeOfCharge
  accessibility
  languages
  municipalities {
    code
    name(language: $language)
  }
  organisation {
    id
    name(language: $language)
    website
    contact {
      email
      phone
    }
  }
}`, {"hash":"sha256:a681f1754452c5a32e202470b65508c8951c0ef59a7d16a656bc8342ec0fd40c"}) as unknown as TypedDocumentString<OpasActivityQuery, OpasActivityQueryVariables>;
/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Saavutettavuus. */
export type AccessibilityFeature =
  | 'ACCESSIBLE_PARKING'
  | 'ACCESSIBLE_TOILET'
  | 'ASSISTANCE_DOG_WELCOME'
  | 'EASY_LANGUAGE'
  | 'ELEVATOR'
  | 'INDUCTION_LOOP'
  | 'ONLINE_PARTICIPATION'
  | 'PUBLIC_TRANSPORT_NEARBY'
  | 'SCENT_FREE'
  | 'SIGN_LANGUAGE'
  | 'STEP_FREE_ACCESS'
  | 'WHEELCHAIR_ACCESS';

/** All given conditions must hold; a list matches any of its values. Combine filters with `and`, `or` and `not` (see docs/querying.md). */
export type ActivityFilter = {
  /** Has every one of these accessibility features. */
  accessibility?: Array<AccessibilityFeature> | null | undefined;
  /** Meant for a person of this age (no age limit counts as meant for all). */
  age?: number | null | undefined;
  /** Every one of these filters holds. */
  and?: Array<ActivityFilter> | null | undefined;
  anonymousAllowed?: boolean | null | undefined;
  /** Cost is one of these (UNKNOWN only when listed). */
  cost?: Array<CostType> | null | undefined;
  /** Created before this time. */
  createdBefore?: string | null | undefined;
  /** Created at or after this time. */
  createdSince?: string | null | undefined;
  /** Ends before this time (activities without an end time never match). */
  endsBefore?: string | null | undefined;
  /** Ends at or after this time (activities without an end time never match). */
  endsSince?: string | null | undefined;
  /** @deprecated Use kinds. */
  kind?: ActivityKind | null | undefined;
  /** Any of the values (an empty list matches nothing). */
  kinds?: Array<ActivityKind> | null | undefined;
  /** @deprecated Use languages. */
  language?: Language | null | undefined;
  /** Runs in at least one of these languages. Any of the values (an empty list matches nothing). */
  languages?: Array<Language> | null | undefined;
  lowThreshold?: boolean | null | undefined;
  /** Free, or a known amount of at most this many euros ("free or cheap"). */
  maxCostAmount?: number | null | undefined;
  /** @deprecated Use municipalityCodes. */
  municipalityCode?: string | null | undefined;
  /** Takes place in one of these municipalities. Any of the values (an empty list matches nothing). */
  municipalityCodes?: Array<string> | null | undefined;
  /** Its location is within `radiusKm` of the point; enables orderBy DISTANCE. */
  near?: NearInput | null | undefined;
  noReferralNeeded?: boolean | null | undefined;
  /** This filter does not hold. */
  not?: ActivityFilter | null | undefined;
  /** Meets (a one-off or recurring occurrence overlaps) within this window; at most 400 days long. */
  occursBetween?: TimeWindowInput | null | undefined;
  /** Only activities one can take part in online (true) or only on site (false). */
  online?: boolean | null | undefined;
  /** At least one of these filters holds (an empty list matches nothing). */
  or?: Array<ActivityFilter> | null | undefined;
  /** Run by an organisation matching this filter. */
  organisation?: OrganisationFilter | null | undefined;
  /** @deprecated Use organisationIds. */
  organisationId?: string | number | null | undefined;
  /** Run by one of these organisations. Any of the values (an empty list matches nothing). */
  organisationIds?: Array<string | number> | null | undefined;
  /** @deprecated Use regionCodes. */
  regionCode?: string | null | undefined;
  /** Takes place in a municipality of one of these wellbeing regions. Any of the values (an empty list matches nothing). */
  regionCodes?: Array<string> | null | undefined;
  /** Registration is one of these. */
  registration?: Array<RegistrationType> | null | undefined;
  /** Full-text search in Finnish, Swedish and English names and descriptions (web search syntax: "quoted phrase", or, -not), e.g. "omaishoitajien vertaistukiryhmä". Words match their inflected forms, completions and compounds they are part of ("vertaistuki" finds "vertaistukiryhmä"); a word found nowhere is corrected to the closest indexed word. */
  search?: string | null | undefined;
  /** Starts before this time (activities without a start time never match). */
  startsBefore?: string | null | undefined;
  /** Starts at or after this time (activities without a start time never match). */
  startsSince?: string | null | undefined;
  /** Status is one of these. Default: every status but ENDED. */
  status?: Array<ActivityStatus> | null | undefined;
  /** @deprecated Use targetGroups. */
  targetGroup?: TargetGroup | null | undefined;
  /** Is for at least one of these target groups. Any of the values (an empty list matches nothing). */
  targetGroups?: Array<TargetGroup> | null | undefined;
  /** @deprecated Use themes. */
  theme?: Theme | null | undefined;
  /** Has at least one of these themes. Any of the values (an empty list matches nothing). */
  themes?: Array<Theme> | null | undefined;
  /** Last changed before this time. */
  updatedBefore?: string | null | undefined;
  /** Last changed at or after this time. */
  updatedSince?: string | null | undefined;
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

/** One sort key; later keys break ties of earlier ones, and the id breaks the rest. */
export type ActivityOrder = {
  direction?: OrderDirection;
  field: ActivityOrderField;
  /** NAME only: compare names in this language (Finnish collation), falling back to the Finnish name. Default FI. */
  language?: Language | null | undefined;
};

/** STARTS_AT, ENDS_AT: activities without the time sort last ascending (first descending). RELEVANCE: full-text match (needs `filter.search`; DESC = best first). DISTANCE: from `filter.near` (needs it; ASC = nearest first). */
export type ActivityOrderField =
  | 'CREATED_AT'
  | 'DISTANCE'
  | 'ENDS_AT'
  | 'KIND'
  | 'NAME'
  | 'RELEVANCE'
  | 'STARTS_AT'
  | 'UPDATED_AT';

/** Käynnissä, tauolla, täynnä, päättynyt. Lists hide ENDED unless `filter.status` asks for it. */
export type ActivityStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'FULL'
  | 'PAUSED';

/** Maksullisuus (PTV:n maksullisuustieto): maksuton, maksullinen, jäsenmaksu, ei tiedossa. UNKNOWN is not free. */
export type CostType =
  | 'FEE'
  | 'FREE'
  | 'MEMBERSHIP_FEE'
  | 'UNKNOWN';

/** A WGS84 point. */
export type GeoPointInput = {
  latitude: number;
  longitude: number;
};

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

/** A point and a distance: activities whose location lies within `radiusKm` of it (great-circle distance). */
export type NearInput = {
  latitude: number;
  longitude: number;
  radiusKm: number;
};

/** ASC: smallest (A, earliest, least relevant) first; DESC: the reverse. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** All given conditions must hold; a list matches any of its values. Combine filters with `and`, `or` and `not` (see docs/querying.md). */
export type OrganisationFilter = {
  /** Every one of these filters holds. */
  and?: Array<OrganisationFilter> | null | undefined;
  /** Created before this time. */
  createdBefore?: string | null | undefined;
  /** Created at or after this time. */
  createdSince?: string | null | undefined;
  /** Runs at least one activity matching this filter. */
  hasActivity?: ActivityFilter | null | undefined;
  /** Has at least one partnership matching this filter. */
  hasPartnership?: PartnershipFilter | null | undefined;
  /** @deprecated Use kinds. */
  kind?: OrganisationKind | null | undefined;
  /** Any of the values (an empty list matches nothing). */
  kinds?: Array<OrganisationKind> | null | undefined;
  /** @deprecated Use languages. */
  language?: Language | null | undefined;
  /** Serves in at least one of these languages. Any of the values (an empty list matches nothing). */
  languages?: Array<Language> | null | undefined;
  /** @deprecated Use municipalityCodes. */
  municipalityCode?: string | null | undefined;
  /** Operates in one of these municipalities. Any of the values (an empty list matches nothing). */
  municipalityCodes?: Array<string> | null | undefined;
  /** This filter does not hold. */
  not?: OrganisationFilter | null | undefined;
  /** At least one of these filters holds (an empty list matches nothing). */
  or?: Array<OrganisationFilter> | null | undefined;
  /** @deprecated Use parentIds. */
  parentId?: string | number | null | undefined;
  /** Direct children of one of these organisations. Any of the values (an empty list matches nothing). */
  parentIds?: Array<string | number> | null | undefined;
  /** @deprecated Use regionCodes. */
  regionCode?: string | null | undefined;
  /** Operates in one of these wellbeing regions. Any of the values (an empty list matches nothing). */
  regionCodes?: Array<string> | null | undefined;
  /** Full-text search in Finnish, Swedish and English names and descriptions (web search syntax: "quoted phrase", or, -not); words match their inflected forms, completions and compounds they are part of, and a word found nowhere is corrected to the closest indexed word. */
  search?: string | null | undefined;
  /** @deprecated Use themes. */
  theme?: Theme | null | undefined;
  /** Works on at least one of these themes. Any of the values (an empty list matches nothing). */
  themes?: Array<Theme> | null | undefined;
  /** Last changed before this time. */
  updatedBefore?: string | null | undefined;
  /** Last changed at or after this time. */
  updatedSince?: string | null | undefined;
};

/** Järjestön tyyppi: valtakunnallinen, piiri, paikallinen, itsenäinen tai kattojärjestö. */
export type OrganisationKind =
  | 'DISTRICT'
  | 'INDEPENDENT'
  | 'LOCAL'
  | 'NATIONAL'
  | 'UMBRELLA';

/** All given conditions must hold; a list matches any of its values. Combine filters with `and`, `or` and `not` (see docs/querying.md). */
export type PartnershipFilter = {
  /** Every one of these filters holds. */
  and?: Array<PartnershipFilter> | null | undefined;
  /** Created before this time. */
  createdBefore?: string | null | undefined;
  /** Created at or after this time. */
  createdSince?: string | null | undefined;
  /** Ends before this day. */
  endsBefore?: string | null | undefined;
  /** Ends on or after this day (open-ended partnerships never match). */
  endsSince?: string | null | undefined;
  /** @deprecated Use kinds. */
  kind?: PartnershipKind | null | undefined;
  /** Any of the values (an empty list matches nothing). */
  kinds?: Array<PartnershipKind> | null | undefined;
  /** @deprecated Use municipalityCodes. */
  municipalityCode?: string | null | undefined;
  /** With one of these municipalities. Any of the values (an empty list matches nothing). */
  municipalityCodes?: Array<string> | null | undefined;
  /** This filter does not hold. */
  not?: PartnershipFilter | null | undefined;
  /** At least one of these filters holds (an empty list matches nothing). */
  or?: Array<PartnershipFilter> | null | undefined;
  /** @deprecated Use organisationIds. */
  organisationId?: string | number | null | undefined;
  /** Of one of these organisations. Any of the values (an empty list matches nothing). */
  organisationIds?: Array<string | number> | null | undefined;
  /** @deprecated Use regionCodes. */
  regionCode?: string | null | undefined;
  /** With one of these wellbeing regions or one of their municipalities. Any of the values (an empty list matches nothing). */
  regionCodes?: Array<string> | null | undefined;
  /** Starts before this day. */
  startsBefore?: string | null | undefined;
  /** Starts on or after this day (partnerships without a start day never match). */
  startsSince?: string | null | undefined;
  /** @deprecated Use statuses. */
  status?: PartnershipStatus | null | undefined;
  /** Any of the values (an empty list matches nothing). */
  statuses?: Array<PartnershipStatus> | null | undefined;
  /** Last changed before this time. */
  updatedBefore?: string | null | undefined;
  /** Last changed at or after this time. */
  updatedSince?: string | null | undefined;
};

/** Yhteistyön muoto: yhteistyörakenne, yhteistyöohje/-linjaus, yhteishanke, palvelusopimus tai avustus. */
export type PartnershipKind =
  | 'COOPERATION_GUIDELINE'
  | 'COOPERATION_STRUCTURE'
  | 'GRANT'
  | 'JOINT_PROJECT'
  | 'SERVICE_AGREEMENT';

export type PartnershipStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'PLANNED'
  | 'TERMINATED';

/** Ilmoittautuminen: ei tarvita, pakollinen, suositeltava. */
export type RegistrationType =
  | 'NONE'
  | 'RECOMMENDED'
  | 'REQUIRED';

/** Kohderyhmä. */
export type TargetGroup =
  | 'CHILDREN'
  | 'EVERYONE'
  | 'FAMILIES'
  | 'IMMIGRANTS'
  | 'INFORMAL_CARERS'
  | 'MEN'
  | 'OLDER_PEOPLE'
  | 'PEOPLE_WITH_DISABILITIES'
  | 'PEOPLE_WITH_MENTAL_HEALTH_CONDITIONS'
  | 'PEOPLE_WITH_SUBSTANCE_USE'
  | 'UNEMPLOYED'
  | 'WOMEN'
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

/** A time window [from, to). */
export type TimeWindowInput = {
  from: string;
  to: string;
};

export type OpasPlacesQueryVariables = Exact<{
  language: Language;
}>;


export type OpasPlacesQuery = { regions: Array<{ code: string, name: string, municipalities: Array<{ code: string, name: string, centre: { latitude: number, longitude: number } | null }> }> };

export type OpasSearchQueryVariables = Exact<{
  filter?: ActivityFilter | null | undefined;
  orderBy?: Array<ActivityOrder> | ActivityOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  language: Language;
  point?: GeoPointInput | null | undefined;
  withDistance?: boolean | null | undefined;
}>;


export type OpasSearchQuery = { activities: { totalCount: number, facets: { regions: Array<{ value: string, count: number }>, municipalities: Array<{ value: string, count: number }>, kinds: Array<{ value: string, count: number }>, targetGroups: Array<{ value: string, count: number }>, themes: Array<{ value: string, count: number }>, languages: Array<{ value: string, count: number }> }, nodes: Array<{ id: string, kind: ActivityKind, description: string | null, schedule: string | null, address: string | null, online: boolean, status: ActivityStatus, accessibility: Array<AccessibilityFeature>, languages: Array<Language>, distanceKm?: number | null, nameIn: { text: string, language: Language, isFallback: boolean }, nextOccurrences: Array<{ startsAt: string, endsAt: string }>, cost: { type: CostType, amount: number | null, description: string | null }, registration: { type: RegistrationType, how: string | null, url: string | null, deadline: string | null } | null, location: { venueName: string | null, streetAddress: string | null, postalCode: string | null, postOffice: string | null, municipality: { code: string, name: string } | null } | null, contact: { phone: string | null, email: string | null, web: string | null } | null, municipalities: Array<{ code: string, name: string }>, organisation: { id: string, name: string, website: string | null, contact: { email: string | null, phone: string | null } | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type OpasActivityQueryVariables = Exact<{
  id: string | number;
  language: Language;
  point?: GeoPointInput | null | undefined;
  withDistance?: boolean | null | undefined;
}>;


export type OpasActivityQuery = { node:
    | { __typename: 'Activity', themes: Array<Theme>, targetGroups: Array<TargetGroup>, ageMin: number | null, ageMax: number | null, noReferralNeeded: boolean, anonymousAllowed: boolean, lowThreshold: boolean, validFrom: string | null, validUntil: string | null, lastVerifiedAt: string | null, id: string, kind: ActivityKind, description: string | null, schedule: string | null, address: string | null, online: boolean, status: ActivityStatus, accessibility: Array<AccessibilityFeature>, languages: Array<Language>, distanceKm?: number | null, descriptionIn: { text: string, language: Language, isFallback: boolean } | null, upcoming: Array<{ startsAt: string, endsAt: string }>, nameIn: { text: string, language: Language, isFallback: boolean }, nextOccurrences: Array<{ startsAt: string, endsAt: string }>, cost: { type: CostType, amount: number | null, description: string | null }, registration: { type: RegistrationType, how: string | null, url: string | null, deadline: string | null } | null, location: { venueName: string | null, streetAddress: string | null, postalCode: string | null, postOffice: string | null, municipality: { code: string, name: string } | null } | null, contact: { phone: string | null, email: string | null, web: string | null } | null, municipalities: Array<{ code: string, name: string }>, organisation: { id: string, name: string, website: string | null, contact: { email: string | null, phone: string | null } | null } }
    | { __typename: 'Consultation' }
    | { __typename: 'ConsultationResponse' }
    | { __typename: 'ContactRole' }
    | { __typename: 'CooperationBody' }
    | { __typename: 'CooperationBodyMeeting' }
    | { __typename: 'CooperationBodyMember' }
    | { __typename: 'CooperationBodyOutput' }
    | { __typename: 'DocumentLink' }
    | { __typename: 'KeskiSuomiPartnershipTableTerm' }
    | { __typename: 'Municipality' }
    | { __typename: 'Organisation' }
    | { __typename: 'Partnership' }
    | { __typename: 'Person' }
    | { __typename: 'PohjoisKarjalaOutreachProject' }
    | { __typename: 'PreparationMilestone' }
    | { __typename: 'RepresentativeCall' }
    | { __typename: 'RepresentativeNomination' }
    | { __typename: 'UusimaaWorkstream' }
    | { __typename: 'WellbeingRegion' }
   | null };

export type OpasActivityFieldsFragment = { id: string, kind: ActivityKind, description: string | null, schedule: string | null, address: string | null, online: boolean, status: ActivityStatus, accessibility: Array<AccessibilityFeature>, languages: Array<Language>, distanceKm?: number | null, nameIn: { text: string, language: Language, isFallback: boolean }, nextOccurrences: Array<{ startsAt: string, endsAt: string }>, cost: { type: CostType, amount: number | null, description: string | null }, registration: { type: RegistrationType, how: string | null, url: string | null, deadline: string | null } | null, location: { venueName: string | null, streetAddress: string | null, postalCode: string | null, postOffice: string | null, municipality: { code: string, name: string } | null } | null, contact: { phone: string | null, email: string | null, web: string | null } | null, municipalities: Array<{ code: string, name: string }>, organisation: { id: string, name: string, website: string | null, contact: { email: string | null, phone: string | null } | null } };

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
  address
  online
  status
  nextOccurrences(first: 1) {
    startsAt
    endsAt
  }
  cost {
    type
    amount
    description
  }
  registration {
    type
    how
    url
    deadline
  }
  accessibility
  languages
  location {
    venueName
    streetAddress
    postalCode
    postOffice
    municipality {
      code
      name(language: $language)
    }
  }
  distanceKm(from: $point) @include(if: $withDistance)
  contact {
    phone
    email
    web
  }
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
      centre {
        latitude
        longitude
      }
    }
  }
}
    `, {"hash":"sha256:e2e9af13b72246387c9901194f07c14a578690a96530a0df7a47a1ba843c1e41"}) as unknown as TypedDocumentString<OpasPlacesQuery, OpasPlacesQueryVariables>;
export const OpasSearchDocument = new TypedDocumentString(`
    query OpasSearch($filter: ActivityFilter, $orderBy: [ActivityOrder!], $first: Int, $after: String, $last: Int, $before: String, $language: Language!, $point: GeoPointInput = {latitude: 0, longitude: 0}, $withDistance: Boolean = false) {
  activities(
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    totalCount
    facets {
      regions {
        value
        count
      }
      municipalities {
        value
        count
      }
      kinds {
        value
        count
      }
      targetGroups {
        value
        count
      }
      themes {
        value
        count
      }
      languages {
        value
        count
      }
    }
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
  address
  online
  status
  nextOccurrences(first: 1) {
    startsAt
    endsAt
  }
  cost {
    type
    amount
    description
  }
  registration {
    type
    how
    url
    deadline
  }
  accessibility
  languages
  location {
    venueName
    streetAddress
    postalCode
    postOffice
    municipality {
      code
      name(language: $language)
    }
  }
  distanceKm(from: $point) @include(if: $withDistance)
  contact {
    phone
    email
    web
  }
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
}`, {"hash":"sha256:4df1429f335c4ac48721f6205fbc05dabb6ab4d2928473c4f2caee66c6a80159"}) as unknown as TypedDocumentString<OpasSearchQuery, OpasSearchQueryVariables>;
export const OpasActivityDocument = new TypedDocumentString(`
    query OpasActivity($id: ID!, $language: Language!, $point: GeoPointInput = {latitude: 0, longitude: 0}, $withDistance: Boolean = false) {
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
      upcoming: nextOccurrences(first: 6) {
        startsAt
        endsAt
      }
      ageMin
      ageMax
      noReferralNeeded
      anonymousAllowed
      lowThreshold
      validFrom
      validUntil
      lastVerifiedAt
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
  address
  online
  status
  nextOccurrences(first: 1) {
    startsAt
    endsAt
  }
  cost {
    type
    amount
    description
  }
  registration {
    type
    how
    url
    deadline
  }
  accessibility
  languages
  location {
    venueName
    streetAddress
    postalCode
    postOffice
    municipality {
      code
      name(language: $language)
    }
  }
  distanceKm(from: $point) @include(if: $withDistance)
  contact {
    phone
    email
    web
  }
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
}`, {"hash":"sha256:191c166bd0f31f0965bf4757601fa4ace6fa09d57c24f70f56bbe6d3eb07407d"}) as unknown as TypedDocumentString<OpasActivityQuery, OpasActivityQueryVariables>;
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date string, such as 2007-12-03, compliant with the `full-date` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number written as a string, e.g. "23.5" (never a float, so no rounding). */
  Decimal: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** An exact amount of pounds sterling (GBP) written as a string with two decimal places, e.g. "179502000.00" for £179.502m. */
  Money: { input: string; output: string; }
};

/** An item on a meeting's agenda; sub-items such as "3(a)" have a parent. */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  /** Earlier resolutions that led to this item, e.g. a report requested for a future meeting. */
  arisingFrom: Array<Resolution>;
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** Presenters, speakers and report authors of the item: all, or one role. */
  contributors: Array<AgendaItemContributor>;
  /** A stable slug: the meeting id and the item, e.g. "coventry-hwb-2019-01-14-item-3-a". */
  id: Scalars['ID']['output'];
  /** The meeting whose agenda holds the item. */
  meeting: Meeting;
  /** The number of the top-level item, e.g. 3 for "3(a)". */
  number: Scalars['Int']['output'];
  /** The item's number as written, e.g. "10" or "3(a)". */
  order: Scalars['String']['output'];
  /** Last page of the item's papers in the pack. */
  pageEnd?: Maybe<Scalars['Int']['output']>;
  /** First page of the item's papers in the pack. */
  pageStart?: Maybe<Scalars['Int']['output']>;
  /** The item this one is part of, e.g. item 3 for "3(a)". */
  parent?: Maybe<AgendaItem>;
  /** The item's place in the agenda, counting from 1, sub-items included. */
  position: Scalars['Int']['output'];
  /** The reports under the item. */
  reports: Array<Report>;
  /** The agenda heading the item falls under, e.g. "Development Items". */
  section?: Maybe<Scalars['String']['output']>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** The item's sub-items in order. */
  subItems: Array<AgendaItem>;
  /** The time the agenda gives the item (Warwickshire agendas time each item); null when untimed. */
  timeSlot?: Maybe<TimeSlot>;
  /** The item's title, without its number and page range. */
  title: Scalars['String']['output'];
};


/** An item on a meeting's agenda; sub-items such as "3(a)" have a parent. */
export type AgendaItemContributorsArgs = {
  role?: InputMaybe<ContributionRole>;
};

/** A person presenting, speaking to or having written the report of an agenda item. */
export type AgendaItemContributor = {
  __typename?: 'AgendaItemContributor';
  /** The agenda item. */
  agendaItem: AgendaItem;
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The organisation the person speaks for, when the document names it. */
  organisation?: Maybe<Organisation>;
  /** The person. */
  person: Person;
  /** The part the person plays. */
  role: ContributionRole;
  /** The person's role or title as written, e.g. "Director of Public Health and Wellbeing". */
  roleAsWritten?: Maybe<Scalars['String']['output']>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
};

/** Money from a funding pool allocated to a purpose or scheme, as stated. */
export type Allocation = {
  __typename?: 'Allocation';
  /** The amount in pounds, exact (a £'000 figure multiplied out). */
  amount: Scalars['Money']['output'];
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The financial year, e.g. "2013/14"; null when not stated. */
  financialYear?: Maybe<Scalars['String']['output']>;
  /** The contributor whose share this is, when the document splits allocations by contributor (e.g. a CCG's column). */
  fundedBy?: Maybe<Organisation>;
  /** A stable id: the pool's id, then the purpose (and year). */
  id: Scalars['ID']['output'];
  /** The planned output as written, e.g. "Number of episodes of reablement provided (approximately 2,300)". */
  plannedOutput?: Maybe<Scalars['String']['output']>;
  /** The pool the money comes from. */
  pool: FundingPool;
  /** The programme the money is for, when stated. */
  programme?: Maybe<Programme>;
  /** The purpose or scheme as written, e.g. "Reablement". */
  purpose: Scalars['String']['output'];
  /** The organisation the money is paid to, when the document names one. */
  recipient?: Maybe<Organisation>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
};

/** Filters for the allocations list; all given filters must match. */
export type AllocationFilter = {
  /** Only allocations of these financial years, e.g. ["2018/19"]. */
  financialYears?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only allocations of this contributor's share (e.g. one CCG's column of a table). */
  fundedById?: InputMaybe<Scalars['ID']['input']>;
  /** Only allocations from these pools. */
  poolIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only allocations from pools of these kinds. */
  poolKinds?: InputMaybe<Array<FundingPoolKind>>;
  /** Only allocations to this programme, e.g. "camhs-transformation". */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only allocations paid to this organisation. */
  recipientId?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of allocations. */
export type AllocationPage = {
  __typename?: 'AllocationPage';
  /** Whether items follow this page. */
  hasMore: Scalars['Boolean']['output'];
  /** The items on this page, in the list's order. */
  items: Array<Allocation>;
  /** The limit this page was asked with. */
  limit: Scalars['Int']['output'];
  /** The offset this page was asked with. */
  offset: Scalars['Int']['output'];
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A partner's share of a pool, as the paper splits it: a percentage, an amount, or both. */
export type Apportionment = {
  __typename?: 'Apportionment';
  /** The amount in pounds, exact (a £'000 figure multiplied out); null when only a share is given. */
  amount?: Maybe<Scalars['Money']['output']>;
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The financial year, where stated. */
  financialYear?: Maybe<Scalars['String']['output']>;
  /** The partner as an organisation, when the hub knows it. */
  organisation?: Maybe<Organisation>;
  /** The partner as written, e.g. "Coventry and Rugby (Rugby element only)". */
  partner: Scalars['String']['output'];
  /** The share in per cent, e.g. 33; null when only an amount is given. */
  share?: Maybe<Scalars['Decimal']['output']>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
};

/** An ONS geography identified by its GSS code (owned by the partners subgraph). */
export type Area = {
  __typename?: 'Area';
  /** Areas lying directly within this one. */
  children: Array<Area>;
  /** The nine-character ONS GSS code, e.g. E08000026. */
  code: Scalars['ID']['output'];
  /** Funding pools whose area is exactly this one, by name. */
  fundingPools?: Maybe<Array<FundingPool>>;
  /** The ONS GSS code; null for a ward whose code the papers do not give (the hub does not invent codes). */
  gssCode?: Maybe<Scalars['String']['output']>;
  /** Indicator values measured for this area, in indicator, period and id order; contradictory values for a period are all listed, each with its source. */
  measurements?: Maybe<Array<Measurement>>;
  /** The area's official name. */
  name: Scalars['String']['output'];
  /** Organisations whose area is exactly this one. */
  organisations: Array<Organisation>;
  /** The area this one lies within. */
  parent?: Maybe<Area>;
  /** The kind of geography. */
  type: AreaType;
};


/** An ONS geography identified by its GSS code (owned by the partners subgraph). */
export type AreaMeasurementsArgs = {
  frameworkCode?: InputMaybe<Scalars['ID']['input']>;
  indicatorCode?: InputMaybe<Scalars['ID']['input']>;
  period?: InputMaybe<Scalars['String']['input']>;
};

/** The ONS geography an area belongs to (its GSS code prefix in brackets). */
export type AreaType =
  /** A country (E92). */
  | 'COUNTRY'
  /** A county (E10). */
  | 'COUNTY'
  /** An integrated care board area (E54). */
  | 'ICB'
  /** A metropolitan district (E08), e.g. Coventry. */
  | 'METROPOLITAN_DISTRICT'
  /** A non-metropolitan district (E07), e.g. Rugby. */
  | 'NON_METROPOLITAN_DISTRICT'
  /** A police force area (E23). */
  | 'POLICE_FORCE_AREA'
  /** A region (E12). */
  | 'REGION'
  /** A sub-ICB location (E38), the former CCG areas. */
  | 'SUB_ICB'
  /** A unitary authority (E06). */
  | 'UNITARY_AUTHORITY'
  /** An electoral ward (E05). */
  | 'WARD';

/** A person in a meeting's attendance list: present, apologies, other representative or officer. */
export type Attendance = {
  __typename?: 'Attendance';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The list heading as written, e.g. "Board Members", "Other representative", "Apologies". */
  category?: Maybe<Scalars['String']['output']>;
  /** The attendance record's id. */
  id: Scalars['ID']['output'];
  /** The meeting. */
  meeting: Meeting;
  /** The organisation the person represented. */
  organisation?: Maybe<Organisation>;
  /** The person. */
  person: Person;
  /** The role as written beside the name, e.g. "Chair", or the directorate of an officer, e.g. "People". */
  role?: Maybe<Scalars['String']['output']>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** How the person is recorded. */
  status: AttendanceStatus;
};

/** How a person is recorded in a meeting's attendance list. */
export type AttendanceStatus =
  /** Sent apologies for absence. */
  | 'APOLOGIES'
  /** An officer or employee in attendance ("Employees (by Directorate)"). */
  | 'OFFICER'
  /** Attended for a partner without being a board member ("Other representative"). */
  | 'OTHER_REPRESENTATIVE'
  /** A board member present. */
  | 'PRESENT';

/** A committee of partners, such as a Health and Wellbeing Board (owned by the partners subgraph). */
export type Board = {
  __typename?: 'Board';
  /** The area the board covers. */
  area?: Maybe<Area>;
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The groups that report to this body (delivery groups, commissioning boards, forums), by name. */
  groups: Array<Board>;
  /** The organisation that hosts and clerks the board. */
  hostOrganisation?: Maybe<Organisation>;
  /** The board's slug, e.g. coventry-health-and-wellbeing-board. */
  id: Scalars['ID']['output'];
  /** What kind of body it is: a board, or a group such as a delivery group, commissioning board or forum. */
  kind: BoardKind;
  /** The board's meetings in date order (governance). */
  meetings?: Maybe<Array<Meeting>>;
  /** The board's members on asAt, as far as the papers date them (each says how: dating), or every membership when asAt is omitted. */
  members: Array<Membership>;
  /** Key dates that concern this board or group (a workshop, a first meeting), by planned date. */
  milestones?: Maybe<Array<Milestone>>;
  /** The board's name. */
  name: Scalars['String']['output'];
  /** The board's seats. */
  posts: Array<Post>;
  /** The body this one reports to, e.g. a delivery group's board. */
  reportsTo?: Maybe<Board>;
  /** What this board or group leads, monitors or holds. */
  responsibilities?: Maybe<Array<Responsibility>>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** Strategies this board approved, endorsed or declared, earliest approval first. */
  strategiesApproved?: Maybe<Array<Strategy>>;
};


/** A committee of partners, such as a Health and Wellbeing Board (owned by the partners subgraph). */
export type BoardMeetingsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A committee of partners, such as a Health and Wellbeing Board (owned by the partners subgraph). */
export type BoardMembersArgs = {
  asAt?: InputMaybe<Scalars['Date']['input']>;
};

/** What kind of body a board is. */
export type BoardKind =
  /** A board, e.g. a Health and Wellbeing Board. */
  | 'BOARD'
  /** A joint commissioning or transformation board. */
  | 'COMMISSIONING_BOARD'
  /** A committee or sub-committee. */
  | 'COMMITTEE'
  /** A delivery or working group that carries out part of the board's work. */
  | 'DELIVERY_GROUP'
  /** A forum or network meeting of partners or the public. */
  | 'FORUM'
  /** A network of practitioners or providers. */
  | 'NETWORK'
  /** Another kind of group. */
  | 'OTHER'
  /** A partnership of organisations with its own meetings. */
  | 'PARTNERSHIP';

/** Whether a commissioner commissions the contract now, or did before a transfer. */
export type CommissionerStatus =
  /** Commissions it now (as of the paper). */
  | 'CURRENT'
  /** Commissioned it before a transfer (a CCG before the ICB, a council before the ICB). */
  | 'PREVIOUS';

/** How a value compares with England's for the same indicator, period and sex (Fingertips' comparison). */
export type ComparisonWithEngland =
  /** Better than England, judged by polarity. */
  | 'BETTER'
  /** Not compared: no polarity, no England value, England's own value, or contradictory England values. */
  | 'NOT_COMPARED'
  /** Not distinguishable from England (overlapping intervals, or equal values). */
  | 'SIMILAR'
  /** Worse than England, judged by polarity. */
  | 'WORSE';

/** How to reach a named officer, as a paper prints it (a Popolo ContactDetail). Restricted: needs scope read:restricted. */
export type ContactDetail = {
  __typename?: 'ContactDetail';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The organisation the officer writes for, when the paper says. */
  organisation?: Maybe<Organisation>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** An e-mail address or a telephone number. */
  type: ContactDetailType;
  /** The address or number as printed, e.g. "01632 960 001" (a fictional number). */
  value: Scalars['String']['output'];
};

/** Kinds of contact detail (Popolo ContactDetail types). */
export type ContactDetailType =
  /** An e-mail address. */
  | 'EMAIL'
  /** A telephone number. */
  | 'VOICE';

/** A commissioned service: its commissioners (now and before a transfer), provider, term and extensions, procurement route and value where stated. */
export type Contract = {
  __typename?: 'Contract';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** Its commissioners: current first, then those before a transfer. */
  commissioners: Array<ContractCommissioner>;
  /** Last day of the term before any extension not yet taken; null when not stated (a month is its last day). */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Extensions of its term, in order. */
  extensions: Array<ContractExtension>;
  /** Money the papers link to this contract. */
  fundingLinks: Array<FundingLink>;
  /** A stable slug, e.g. kooth. */
  id: Scalars['ID']['output'];
  /** The contract's key dates (start, end, extensions due), by planned date. */
  milestones?: Maybe<Array<Milestone>>;
  /** How it was let; null when not stated. */
  procurementRoute?: Maybe<ProcurementRoute>;
  /** The service as a programme, when the hub holds it as one. */
  programme?: Maybe<Programme>;
  /** The provider. */
  provider?: Maybe<Organisation>;
  /** Who leads or monitors the contract. */
  responsibilities?: Maybe<Array<Responsibility>>;
  /** The route as written, e.g. "following a tender process". */
  routeAsWritten?: Maybe<Scalars['String']['output']>;
  /** The service as written, e.g. "Early intervention and prevention offer (tier 2)". */
  service?: Maybe<Scalars['String']['output']>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** First day of the term; null when not stated (a month is its first day). */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** The term as written, e.g. "contract commenced December 2022 and will run until November 2027". */
  termAsWritten?: Maybe<Scalars['String']['output']>;
  /** The contract's name as the papers give it. */
  title: Scalars['String']['output'];
  /** The value in pounds, exact; null when the paper does not state it. */
  value?: Maybe<Scalars['Money']['output']>;
  /** The value as written. */
  valueAsWritten?: Maybe<Scalars['String']['output']>;
};


/** A commissioned service: its commissioners (now and before a transfer), provider, term and extensions, procurement route and value where stated. */
export type ContractCommissionersArgs = {
  status?: InputMaybe<CommissionerStatus>;
};

/** An organisation commissioning a contract, now or before a transfer. */
export type ContractCommissioner = {
  __typename?: 'ContractCommissioner';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** From when, where stated. */
  fromDate?: Maybe<Scalars['Date']['output']>;
  /** The commissioning organisation. */
  organisation: Organisation;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** Whether it commissions the contract now or did before a transfer. */
  status: CommissionerStatus;
  /** Until when, where stated (the transfer). */
  toDate?: Maybe<Scalars['Date']['output']>;
};

/** An extension of a contract's term, taken or available. */
export type ContractExtension = {
  __typename?: 'ContractExtension';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** Its length in months, where stated. */
  months?: Maybe<Scalars['Int']['output']>;
  /** Its place among the contract's extensions (1 first). */
  position: Scalars['Int']['output'];
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** Whether it has been taken (false: an option). */
  taken: Scalars['Boolean']['output'];
  /** The new end of the term; null when the paper gives only a length. */
  until?: Maybe<Scalars['Date']['output']>;
};

/** Filters for contracts; all given filters must match. */
export type ContractFilter = {
  /** Only contracts whose term covers this day (open ends count as covering). */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Only contracts this organisation commissions or commissioned. */
  commissionerId?: InputMaybe<Scalars['ID']['input']>;
  /** With commissionerId: only as a current or only as a previous commissioner. */
  commissionerStatus?: InputMaybe<CommissionerStatus>;
  /** Only contracts let this way. */
  procurementRoute?: InputMaybe<ProcurementRoute>;
  /** Only contracts this organisation provides. */
  providerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Money put into a funding pool by one contributor, as stated. */
export type Contribution = {
  __typename?: 'Contribution';
  /** The amount in pounds, exact. */
  amount: Scalars['Money']['output'];
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The contributor as the document names it, e.g. "City Council resource". */
  contributor: Scalars['String']['output'];
  /** The financial year, e.g. "2017/18"; null when the amount covers the whole pool period or no year is stated. */
  financialYear?: Maybe<Scalars['String']['output']>;
  /** A stable id: the pool's id, then the contributor (and year). */
  id: Scalars['ID']['output'];
  /** The contributing organisation; null when the document names a source of money, not a body (e.g. "NHS funding"). */
  organisation?: Maybe<Organisation>;
  /** The pool the money went into. */
  pool: FundingPool;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
};

/** Filters for the contributions list; all given filters must match. */
export type ContributionFilter = {
  /** Only contributions of these financial years, e.g. ["2017/18"]. */
  financialYears?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only contributions by this organisation (its slug). */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only contributions to these pools. */
  poolIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only contributions to pools of these kinds. */
  poolKinds?: InputMaybe<Array<FundingPoolKind>>;
};

/** A page of contributions. */
export type ContributionPage = {
  __typename?: 'ContributionPage';
  /** Whether items follow this page. */
  hasMore: Scalars['Boolean']['output'];
  /** The items on this page, in the list's order. */
  items: Array<Contribution>;
  /** The limit this page was asked with. */
  limit: Scalars['Int']['output'];
  /** The offset this page was asked with. */
  offset: Scalars['Int']['output'];
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The part a person plays in an agenda item. */
export type ContributionRole =
  /** Brings the item: "Report of ...", or the person named under a timed item. */
  | 'PRESENTER'
  /** Wrote the item's report ("Report Author(s)"). */
  | 'REPORT_AUTHOR'
  /** Speaks to the item: "... will report at the meeting". */
  | 'SPEAKER';

/** A declaration of interest at a meeting, or the record that there were none. */
export type Declaration = {
  __typename?: 'Declaration';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The declaration's id. */
  id: Scalars['ID']['output'];
  /** The meeting. */
  meeting: Meeting;
  /** The minute that records the declaration. */
  minuteItem?: Maybe<MinuteItem>;
  /** Who declared the interest; null for a record that there were none. */
  person?: Maybe<Person>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** The declaration as written, e.g. "There were no declarations of interest." */
  text: Scalars['String']['output'];
};

/** A set of indicators partners are measured on together, e.g. the BCF national metrics or the Marmot indicators. */
export type Framework = {
  __typename?: 'Framework';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** A stable slug, e.g. "bcf-national-metrics". */
  code: Scalars['ID']['output'];
  /** What the framework is for and who uses it. */
  description: Scalars['String']['output'];
  /** The framework's indicators, in code order. */
  indicators: Array<Indicator>;
  /** The framework's name. */
  name: Scalars['String']['output'];
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
};

/** An indicator's place in a framework, with the framework's own reference for it. */
export type FrameworkMembership = {
  __typename?: 'FrameworkMembership';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The framework. */
  framework: Framework;
  /** The indicator. */
  indicator: Indicator;
  /** The framework's reference for the indicator as written, e.g. "OI1" or "O14". */
  reference?: Maybe<Scalars['String']['output']>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
};

/** Money going from a funder to a purpose (a scheme, a programme, pilots funded from a pool), whether or not the paper states the amount. */
export type FundingLink = {
  __typename?: 'FundingLink';
  /** The amount in pounds, exact; null when the paper does not state it (amountStated false: "not stated"). */
  amount?: Maybe<Scalars['Money']['output']>;
  /** Whether the paper states the amount. */
  amountStated: Scalars['Boolean']['output'];
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The contract it pays for. */
  contract?: Maybe<Contract>;
  /** The financial year, e.g. "2018/19"; null when not stated. */
  financialYear?: Maybe<Scalars['String']['output']>;
  /** Who pays. */
  funder?: Maybe<Organisation>;
  /** A stable id, e.g. nhse-asd-targeted-work-2018. */
  id: Scalars['ID']['output'];
  /** The pool it comes from or goes into. */
  pool?: Maybe<FundingPool>;
  /** The programme or scheme it pays for. */
  programme?: Maybe<Programme>;
  /** What the money is for, as written. */
  purpose: Scalars['String']['output'];
  /** Who receives it, where stated. */
  recipient?: Maybe<Organisation>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
};

/** Which side of a pool is added up. */
export type FundingMeasure =
  /** Money allocated out of pools to purposes, schemes or recipients. */
  | 'ALLOCATIONS'
  /** Money put into pools by contributors. */
  | 'CONTRIBUTIONS';

/** A pooled or ring-fenced budget as a document states it (a Better Care Fund, an improved BCF, a section 256 transfer, a grant programme, a contract budget), with the money put in (contributions) and given out (allocations). */
export type FundingPool = {
  __typename?: 'FundingPool';
  /** The exact sum of the pool's allocations. */
  allocatedTotal: Scalars['Money']['output'];
  /** Money allocated from the pool, by year then id. */
  allocations: Array<Allocation>;
  /** How the paper apportions the pool by partner (share and amount), in the paper's order. */
  apportionments: Array<Apportionment>;
  /** The area the pool serves (England for a national fund); null when not one area. */
  area?: Maybe<Area>;
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The exact sum of the pool's contributions, to compare with the stated total. */
  contributedTotal: Scalars['Money']['output'];
  /** Money put into the pool, by year then id. */
  contributions: Array<Contribution>;
  /** What the pool is for, in the document's words. */
  description?: Maybe<Scalars['String']['output']>;
  /** The financial years the pool covers, e.g. ["2017/18", "2018/19"]; empty when the document states none. */
  financialYears: Array<Scalars['String']['output']>;
  /** Money the papers link to this pool (pilots funded from it), with or without an amount. */
  fundingLinks: Array<FundingLink>;
  /** The organisation that hosts the pooled budget; null when the document names none. */
  hostOrganisation?: Maybe<Organisation>;
  /** A stable slug, e.g. coventry-bcf-2017-19. */
  id: Scalars['ID']['output'];
  /** The kind of pool. */
  kind: FundingPoolKind;
  /** The pool's key dates (submission deadlines, funding rounds), by planned date. */
  milestones?: Maybe<Array<Milestone>>;
  /** The pool's name. */
  name: Scalars['String']['output'];
  /** Last day of the pool's period; null when not stated. */
  periodEnd?: Maybe<Scalars['Date']['output']>;
  /** First day of the pool's period; null when not stated. */
  periodStart?: Maybe<Scalars['Date']['output']>;
  /** Purposes the document lists without sums, as written (e.g. the three purposes of the improved BCF). */
  purposes: Array<Scalars['String']['output']>;
  /** Who monitors the pool, and how often. */
  responsibilities?: Maybe<Array<Responsibility>>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** Other totals the document states for the pool or part of it, each with the exact sum it should equal. */
  statedTotals: Array<StatedTotal>;
  /** The pool's total exactly as the document states it (asWritten and source say where); null when none is stated. Compare with contributedTotal. */
  total?: Maybe<Scalars['Money']['output']>;
};


/** A pooled or ring-fenced budget as a document states it (a Better Care Fund, an improved BCF, a section 256 transfer, a grant programme, a contract budget), with the money put in (contributions) and given out (allocations). */
export type FundingPoolAllocationsArgs = {
  financialYear?: InputMaybe<Scalars['String']['input']>;
};


/** A pooled or ring-fenced budget as a document states it (a Better Care Fund, an improved BCF, a section 256 transfer, a grant programme, a contract budget), with the money put in (contributions) and given out (allocations). */
export type FundingPoolContributionsArgs = {
  financialYear?: InputMaybe<Scalars['String']['input']>;
};

/** Filters for the fundingPools list; all given filters must match. */
export type FundingPoolFilter = {
  /** Only pools whose area is this GSS code, e.g. E08000026. */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only pools covering at least one of these financial years, e.g. ["2018/19"]. */
  financialYears?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only pools hosted by this organisation (its slug). */
  hostOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only pools of one of these kinds. */
  kinds?: InputMaybe<Array<FundingPoolKind>>;
};

/** The kind of pooled or ring-fenced money a funding pool is. */
export type FundingPoolKind =
  /** Better Care Fund: the pooled budget of a council and its CCG(s) under a section 75 agreement, overseen by the Health and Wellbeing Board. */
  | 'BCF'
  /** The budget of one or more contracts, e.g. the core CAMHS contract or the services in scope of a procurement. */
  | 'CONTRACT_BUDGET'
  /** Grant funding from a funder for a programme, e.g. DCLG's Troubled Families (Priority Families) funding. */
  | 'GRANT'
  /** improved Better Care Fund: additional grant paid direct to councils from 2017/18 (2015 spending review and 2017 spring budget) to protect adult social care. */
  | 'IBCF'
  /** Integration Transformation Fund: the 2013/14 name of the Better Care Fund, announced in the June 2013 spending round. */
  | 'ITF'
  /** Any other ring-fenced money, e.g. CAMHS transformation funding allocations. */
  | 'OTHER'
  /** Section 256 transfer: a payment from the NHS (NHS England, earlier PCTs) to a council for social care that benefits health (NHS Act 2006, s256). */
  | 'S256_TRANSFER';

/** How the fundingPools list is sorted; ties are broken by id. */
export type FundingPoolOrder =
  /** By name, A to Z. */
  | 'NAME'
  /** Earliest period first; pools with no stated period last. */
  | 'PERIOD_START'
  /** Largest stated total first; pools with no stated total last. */
  | 'TOTAL_DESCENDING';

/** A page of funding pools. */
export type FundingPoolPage = {
  __typename?: 'FundingPoolPage';
  /** Whether items follow this page. */
  hasMore: Scalars['Boolean']['output'];
  /** The items on this page, in the list's order. */
  items: Array<FundingPool>;
  /** The limit this page was asked with. */
  limit: Scalars['Int']['output'];
  /** The offset this page was asked with. */
  offset: Scalars['Int']['output'];
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The exact totals of the funding an organisation received: allocations paid to it and grants awarded to it. */
export type FundingReceived = {
  __typename?: 'FundingReceived';
  /** How many allocations were added up. */
  allocationCount: Scalars['Int']['output'];
  /** Sum of the allocations whose recipient is the organisation. */
  allocationsTotal: Scalars['Money']['output'];
  /** The financial year these totals cover; null for every year. */
  financialYear?: Maybe<Scalars['String']['output']>;
  /** How many grants were added up. */
  grantCount: Scalars['Int']['output'];
  /** Sum of the grants awarded to the organisation. */
  grantsTotal: Scalars['Money']['output'];
  /** allocationsTotal plus grantsTotal. */
  total: Scalars['Money']['output'];
};

/** One row of fundingTotals: an exact sum of contributions or allocations for one group. */
export type FundingTotal = {
  __typename?: 'FundingTotal';
  /** How many contributions or allocations were added up. */
  count: Scalars['Int']['output'];
  /** The financial year, when grouped by FINANCIAL_YEAR and the records state one. */
  financialYear?: Maybe<Scalars['String']['output']>;
  /** The group: a pool id, a financial year, an organisation id or a kind; "not-stated" or "not-attributed" for records without one. */
  key: Scalars['String']['output'];
  /** The kind of pool, when grouped by KIND. */
  kind?: Maybe<FundingPoolKind>;
  /** The group in words: a pool name, a year, an organisation id, a kind's name. */
  label: Scalars['String']['output'];
  /** The organisation, when grouped by ORGANISATION (null for the not-attributed row). */
  organisation?: Maybe<Organisation>;
  /** The pool, when grouped by POOL. */
  pool?: Maybe<FundingPool>;
  /** The exact sum of the group's amounts (decimal arithmetic, no rounding). */
  total: Scalars['Money']['output'];
};

/** Filters for fundingTotals; all given filters must match. */
export type FundingTotalsFilter = {
  /** Only records of these financial years, e.g. ["2017/18", "2018/19"] (records that state no year are then left out). */
  financialYears?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only records of pools hosted by this organisation. */
  hostOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only records of this organisation: the contributor for CONTRIBUTIONS, the recipient for ALLOCATIONS. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only records of pools of these kinds. */
  poolKinds?: InputMaybe<Array<FundingPoolKind>>;
};

/** What fundingTotals adds up by. */
export type FundingTotalsGroup =
  /** One row per financial year (key: "2018/19"); records that state no year share the row "not-stated", listed last. */
  | 'FINANCIAL_YEAR'
  /** One row per kind of pool (key: the FundingPoolKind value). */
  | 'KIND'
  /** One row per organisation (key: its id): the contributor for CONTRIBUTIONS, the recipient for ALLOCATIONS; records with none share the row "not-attributed", listed last. */
  | 'ORGANISATION'
  /** One row per pool (key: the pool id; label: its name). */
  | 'POOL';

/** A grant from a funder to a recipient, shaped like a 360Giving grant record (identifier, title, funder, recipient, amountAwarded, currency, awardDate, plannedDates). */
export type Grant = {
  __typename?: 'Grant';
  /** The amount awarded, exact. */
  amountAwarded: Scalars['Money']['output'];
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The day the grant was awarded; null when the document gives no day. */
  awardDate?: Maybe<Scalars['Date']['output']>;
  /** ISO 4217 currency code; always "GBP". */
  currency: Scalars['String']['output'];
  /** What the grant is for, in the document's words. */
  description?: Maybe<Scalars['String']['output']>;
  /** The financial year of the award date, or of the planned start when no award date is stated; null when neither is. */
  financialYear?: Maybe<Scalars['String']['output']>;
  /** The funder; null when the document does not name it. */
  funder?: Maybe<Organisation>;
  /** The grant's stable identifier (360Giving identifier). */
  identifier: Scalars['ID']['output'];
  /** When the grant is planned to run; null when the document says nothing of it. */
  plannedDates?: Maybe<PlannedDates>;
  /** The programme the grant is for, when stated. */
  programme?: Maybe<Programme>;
  /** The recipient; null when the document names no single body. */
  recipient?: Maybe<Organisation>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** The grant's title. */
  title: Scalars['String']['output'];
};

/** Filters for the grants list; all given filters must match. */
export type GrantFilter = {
  /** Only grants awarded (or, with no award date, planned to start) on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only grants from this funder (an organisation slug). */
  funderId?: InputMaybe<Scalars['ID']['input']>;
  /** Only grants of at most this amount, written as a string such as "500000.00". */
  maxAmount?: InputMaybe<Scalars['Money']['input']>;
  /** Only grants of at least this amount, written as a string such as "100000.00". */
  minAmount?: InputMaybe<Scalars['Money']['input']>;
  /** Only grants for this programme. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only grants to this recipient (an organisation slug). */
  recipientId?: InputMaybe<Scalars['ID']['input']>;
  /** Only grants awarded (or, with no award date, planned to start) on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** How the grants list is sorted; ties are broken by identifier. */
export type GrantOrder =
  /** Largest award first. */
  | 'AMOUNT_DESCENDING'
  /** Earliest award date first; grants with no stated award date last. */
  | 'AWARD_DATE'
  /** By title, A to Z. */
  | 'TITLE';

/** A page of grants. */
export type GrantPage = {
  __typename?: 'GrantPage';
  /** Whether items follow this page. */
  hasMore: Scalars['Boolean']['output'];
  /** The items on this page, in the list's order. */
  items: Array<Grant>;
  /** The limit this page was asked with. */
  limit: Scalars['Int']['output'];
  /** The offset this page was asked with. */
  offset: Scalars['Int']['output'];
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** How many records of one type an import created, updated in place or found unchanged. */
export type ImportCount = {
  __typename?: 'ImportCount';
  /** Records that did not exist and were created. */
  created: Scalars['Int']['output'];
  /** The record type, e.g. "Organisation", "AgendaItem", "Measurement". */
  type: Scalars['String']['output'];
  /** Existing records with the same values: left as they were. */
  unchanged: Scalars['Int']['output'];
  /** Existing records (found by their natural key) whose values changed. */
  updated: Scalars['Int']['output'];
};

/** An import of a dataset (owned by the partners subgraph). */
export type ImportRecord = {
  __typename?: 'ImportRecord';
  /** Who imported: "key:<prefix>:<organisation>", "token:<subject>:<organisation>", "graphql:admin", "cli:<user>" or "seed". */
  actor: Scalars['String']['output'];
  /** sha256 of the file as received (for importDataset, of the dataset's JSON text), in hex. */
  contentHash: Scalars['String']['output'];
  /** The file name the importer gave, e.g. uhcw-2019-q1.json. */
  fileName: Scalars['String']['output'];
  /** When the import finished (and its records were written). */
  finishedAt: Scalars['DateTime']['output'];
  /** The import run's id. */
  id: Scalars['Int']['output'];
};

/** What an import did (or, for a dry run, would do). */
export type ImportReportType = {
  __typename?: 'ImportReportType';
  /** sha256 of the dataset as received, in hex. */
  contentHash: Scalars['String']['output'];
  /** Whether this was a dry run (nothing written). */
  dryRun: Scalars['Boolean']['output'];
  /** The file name the caller gave. */
  fileName: Scalars['String']['output'];
  /** The audit record of the import; null for a dry run. */
  importRunId?: Maybe<Scalars['Int']['output']>;
  /** The counts over all record types (type "total"). */
  totals: ImportCount;
  /** Counts per record type, in the order they are written. */
  types: Array<ImportCount>;
};

/** Something partners measure, with its unit and which direction is good (a Fingertips indicator). */
export type Indicator = {
  __typename?: 'Indicator';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** A stable slug, e.g. "hospital-admissions-self-harm-10-24". */
  code: Scalars['ID']['output'];
  /** What exactly is counted or measured. */
  definition?: Maybe<Scalars['String']['output']>;
  /** Why or how the indicator was discontinued, and on what authority. */
  discontinuedNote?: Maybe<Scalars['String']['output']>;
  /** The day collection stopped, for a discontinued indicator. */
  discontinuedOn?: Maybe<Scalars['Date']['output']>;
  /** The indicator's place in each framework, with the framework's reference for it and its source. */
  frameworkMemberships: Array<FrameworkMembership>;
  /** The frameworks the indicator belongs to, in code order. */
  frameworks: Array<Framework>;
  /** An area's value for the latest period (latest end, then latest start). When the papers give several values for that period, the one recorded last. */
  latestMeasurement?: Maybe<Measurement>;
  /** The indicator's values, in area, period and id order: all areas, or one area's. */
  measurements: Array<Measurement>;
  /** The indicator's name. */
  name: Scalars['String']['output'];
  /** Which direction is good. */
  polarity: Polarity;
  /** Discontinued indicators this one replaced. */
  predecessors: Array<Indicator>;
  /** Where the papers tie this indicator to each programme. */
  programmeMeasures: Array<ProgrammeMeasure>;
  /** Programmes the papers tie this indicator to (they measure the programme), in id order. */
  programmes: Array<Programme>;
  /** Values below this are not published (small numbers, e.g. safeguarding counts, that could identify people): such measurements are BELOW_PUBLICATION_LEVEL. Null: every value is published. */
  publicationThreshold?: Maybe<Scalars['Decimal']['output']>;
  /** An area's recent trend over its latest five periods (at least three needed), oldest first. A chi-squared test for trend at the 99.8% level when every period has a count and a denominator (given, or following from a rate or percentage); otherwise the least-squares slope, no change when the fitted change is within 1% of the mean. Contradictory values for a period are averaged and listed in contradictoryPeriods. The judgement follows polarity. */
  recentTrend: RecentTrend;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** Whether it is still collected. */
  status: IndicatorStatus;
  /** The organisation responsible for the indicator's official series (its steward): only its figures, or figures it or an admin accepted, make the latest value and status. Null only for an indicator stored before stewards were recorded. */
  steward?: Maybe<Organisation>;
  /** The indicator that replaced this one when it was discontinued. */
  successor?: Maybe<Indicator>;
  /** The indicator's targets, in area, period and id order. */
  targets: Array<Target>;
  /** The unit of its values. */
  unit: IndicatorUnit;
  /** The unit in the papers' words, e.g. "per 100,000" or "DToC per day". */
  unitAsWritten?: Maybe<Scalars['String']['output']>;
};


/** Something partners measure, with its unit and which direction is good (a Fingertips indicator). */
export type IndicatorLatestMeasurementArgs = {
  areaCode: Scalars['ID']['input'];
  sex?: InputMaybe<Sex>;
};


/** Something partners measure, with its unit and which direction is good (a Fingertips indicator). */
export type IndicatorMeasurementsArgs = {
  areaCode?: InputMaybe<Scalars['ID']['input']>;
};


/** Something partners measure, with its unit and which direction is good (a Fingertips indicator). */
export type IndicatorRecentTrendArgs = {
  areaCode: Scalars['ID']['input'];
  sex?: InputMaybe<Sex>;
};

/** Filters for the indicators list; all given filters must match. */
export type IndicatorFilter = {
  /** Only indicators in at least one of these frameworks. */
  frameworkCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only indicators with this polarity. */
  polarity?: InputMaybe<Polarity>;
  /** Only indicators tied to this programme, e.g. "camhs-transformation". */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only indicators with one of these statuses. */
  statuses?: InputMaybe<Array<IndicatorStatus>>;
  /** Text found in the code, name or definition (case ignored). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort indicators; ties are broken by code. */
export type IndicatorOrder =
  /** By code (the default). */
  | 'CODE'
  /** By name. */
  | 'NAME';

/** A page of indicators. */
export type IndicatorPage = {
  __typename?: 'IndicatorPage';
  /** Whether items follow this page. */
  hasMore: Scalars['Boolean']['output'];
  /** The items on this page, in the list's order. */
  items: Array<Indicator>;
  /** The limit this page was asked with. */
  limit: Scalars['Int']['output'];
  /** The offset this page was asked with. */
  offset: Scalars['Int']['output'];
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Whether an indicator is still collected; discontinued indicators keep their history. */
export type IndicatorStatus =
  /** Still collected and reported. */
  | 'ACTIVE'
  /** No longer collected (see discontinuedOn and successor). */
  | 'DISCONTINUED';

/** What an indicator's value counts or measures; `unitAsWritten` keeps the papers' words. */
export type IndicatorUnit =
  /** A number of people, events or things. */
  | 'COUNT'
  /** A number of days. */
  | 'DAYS'
  /** Staff in full-time equivalents. */
  | 'FTE'
  /** A number of months. */
  | 'MONTHS'
  /** Any other unit; see unitAsWritten, e.g. "DToC per day". */
  | 'OTHER'
  /** A percentage: 66.1 means 66.1%. */
  | 'PERCENT'
  /** An amount of money in pounds. */
  | 'POUNDS'
  /** A rate per 1,000 of the population or households. */
  | 'RATE_PER_1000'
  /** A rate per 10,000 of the population. */
  | 'RATE_PER_10000'
  /** A rate per 100,000 of the population. */
  | 'RATE_PER_100000'
  /** A ratio of two quantities. */
  | 'RATIO'
  /** A score on a scale, e.g. a wellbeing score. */
  | 'SCORE'
  /** A number of weeks, e.g. a wait. */
  | 'WEEKS'
  /** A number of years, e.g. life expectancy. */
  | 'YEARS';

/** One reported value of an indicator for an area, period and sex (a Fingertips data point). Contradictory values for the same indicator, area and period are separate measurements, each with its own source. */
export type Measurement = {
  __typename?: 'Measurement';
  /** When a proposed figure was accepted; null unless ACCEPTED. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who accepted a proposed figure, as audit records name them (e.g. "key:pgk_3f9a1c2e:coventry-city-council"); null unless ACCEPTED. */
  acceptedBy?: Maybe<Scalars['String']['output']>;
  /** The area measured. */
  area: Area;
  /** The day the value stands "as at" (a snapshot); null for a value over its period. */
  asAt?: Maybe<Scalars['Date']['output']>;
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** ACTUAL for a measured value; PLANNED or PROPOSED when the paper gives a plan or a proposal. */
  basis: MeasurementBasis;
  /** A category the value is for (e.g. a survey statement and response, a phase, a wave); null when none. */
  category?: Maybe<Scalars['String']['output']>;
  /** A cohort the value is for, beyond area and sex (e.g. "in the scheme"); null for everyone. */
  cohort?: Maybe<Scalars['String']['output']>;
  /** England's (E92000001) and the West Midlands region's (E12000005) values of the same indicator, period and sex: England first. Excludes this measurement itself. */
  comparators: Array<Measurement>;
  /** Computed on read, against England's value for the same indicator, period and sex. With confidence intervals for both, SIMILAR when they overlap; with the area's interval only, SIMILAR when England's value lies inside it; otherwise by the values. A difference is BETTER or WORSE by polarity. NOT_COMPARED for an indicator with no polarity, for England itself, with no England value, or when contradictory England values disagree. */
  comparedWithEngland: ComparisonWithEngland;
  /** The count behind the value (the numerator), when stated. */
  count?: Maybe<Scalars['Decimal']['output']>;
  /** The population or total the count is out of, when stated. */
  denominator?: Maybe<Scalars['Decimal']['output']>;
  /** The measurement's id. */
  id: Scalars['ID']['output'];
  /** The import that last wrote the figure (who, when, file name and its sha256): its provenance when no document states it (source is null). Null for figures stored before imports were recorded on them. */
  importRecord?: Maybe<ImportRecord>;
  /** The indicator measured. */
  indicator: Indicator;
  /** The lower confidence limit, when stated. */
  lowerConfidenceLimit?: Maybe<Scalars['Decimal']['output']>;
  /** The period as written, e.g. "2017/18", "17/18", "Q1 17-18", "June 2018". */
  period: Scalars['String']['output'];
  /** The last day of the period. */
  periodEnd: Scalars['Date']['output'];
  /** The first day of the period. */
  periodStart: Scalars['Date']['output'];
  /** The programme or service the value is an output of; null for an area's indicator value. */
  programme?: Maybe<Programme>;
  /** PUBLISHED, or DRAFT or BELOW_PUBLICATION_LEVEL (then seen only by the reporting organisation and read:restricted identities). */
  publication: Publication;
  /** The organisation that reported the value, when the papers say. */
  reportedBy?: Maybe<Organisation>;
  /** Who the value is for; PERSONS unless the papers give a breakdown. */
  sex: Sex;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** OFFICIAL (the steward's or an admin's), PROPOSED (another partner's) or ACCEPTED: only OFFICIAL and ACCEPTED figures make the official series. */
  standing: MeasurementStanding;
  /** Computed on read. GREEN when the value meets the target (at or above it when high is good, at or below it when low is good); AMBER when it misses by no more than 5% of the target value; RED otherwise; NO_TARGET when no target applies; NOT_APPLICABLE for an indicator with no polarity. */
  statusAgainstTarget: StatusAgainstTarget;
  /** The target the value is judged against: the indicator's target for the same sex whose period contains this period, for this area or failing that a national (England) target; the narrowest period wins, then the target recorded first. */
  target?: Maybe<Target>;
  /** The upper confidence limit, when stated. */
  upperConfidenceLimit?: Maybe<Scalars['Decimal']['output']>;
  /** The value, exact, in the indicator's unit (a percentage as 66.1, a rate per 100,000 as 438). */
  value: Scalars['Decimal']['output'];
};

/** Whether a value was measured, or is planned or proposed, as the paper states it. */
export type MeasurementBasis =
  /** Measured or counted: what happened. */
  | 'ACTUAL'
  /** Planned or allocated, e.g. teams to be rolled out from September 2023. */
  | 'PLANNED'
  /** Proposed, not yet agreed, e.g. a phase of a staffing proposal. */
  | 'PROPOSED';

/** Filters for the measurements list; all given filters must match. */
export type MeasurementFilter = {
  /** Only values for these areas (GSS codes). */
  areaCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only values of indicators in this framework. */
  frameworkCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only values of these indicators. */
  indicatorCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only values whose period starts on or after the start of this financial year, e.g. "2016/17". */
  periodFrom?: InputMaybe<Scalars['String']['input']>;
  /** Only values whose period ends on or before the end of this financial year, e.g. "2017/18". */
  periodTo?: InputMaybe<Scalars['String']['input']>;
  /** Only values reported by this organisation. */
  reportedById?: InputMaybe<Scalars['ID']['input']>;
  /** Only values for this sex. */
  sex?: InputMaybe<Sex>;
  /** Only values of these standings; omitted, the official series (OFFICIAL and ACCEPTED). Ask for PROPOSED to see figures other partners pushed. */
  standings?: InputMaybe<Array<MeasurementStanding>>;
};

/** How to sort measurements; ties are broken by indicator, area, period and id. */
export type MeasurementOrder =
  /** By indicator code, area code, then period, oldest first (the default). */
  | 'INDICATOR_AREA_PERIOD'
  /** Oldest period first. */
  | 'PERIOD_ASC'
  /** Newest period first. */
  | 'PERIOD_DESC'
  /** Smallest value first (values of different units mix; filter by indicator first). */
  | 'VALUE_ASC'
  /** Largest value first. */
  | 'VALUE_DESC';

/** A page of measurements. */
export type MeasurementPage = {
  __typename?: 'MeasurementPage';
  /** Whether items follow this page. */
  hasMore: Scalars['Boolean']['output'];
  /** The items on this page, in the list's order. */
  items: Array<Measurement>;
  /** The limit this page was asked with. */
  limit: Scalars['Int']['output'];
  /** The offset this page was asked with. */
  offset: Scalars['Int']['output'];
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Whether a figure belongs to its indicator's official series (latest value, status against target, trends): only OFFICIAL and ACCEPTED figures do. */
export type MeasurementStanding =
  /** Pushed by another partner and accepted by the steward or an admin (acceptedBy, acceptedAt): part of the official series. */
  | 'ACCEPTED'
  /** Written by the indicator's steward or by an admin (the curated papers included). */
  | 'OFFICIAL'
  /** Pushed by another partner: kept and shown as theirs, outside the official series until the steward or an admin accepts it. */
  | 'PROPOSED';

/** A meeting of a board, such as the Coventry Health and Wellbeing Board of 14 January 2019. */
export type Meeting = {
  __typename?: 'Meeting';
  /** The agenda in order, sub-items after their parent. */
  agendaItems: Array<AgendaItem>;
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The attendance list in the order written: all of it, or one status. */
  attendance: Array<Attendance>;
  /** The board that met. */
  board: Board;
  /** The day of the meeting. */
  date: Scalars['Date']['output'];
  /** Declarations of interest recorded at the meeting. */
  declarations: Array<Declaration>;
  /** When the meeting closed, 24-hour clock, e.g. "15:55"; null when not recorded. */
  endTime?: Maybe<Scalars['String']['output']>;
  /** A stable slug, e.g. "coventry-hwb-2019-01-14". */
  id: Scalars['ID']['output'];
  /** The minutes, by minute number. */
  minuteItems: Array<MinuteItem>;
  /** The reports to the meeting, in agenda order. */
  reports: Array<Report>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** When the meeting starts, 24-hour clock, e.g. "14:00". */
  startTime?: Maybe<Scalars['String']['output']>;
  /** Whether the meeting took place, as far as the documents tell. */
  status: MeetingStatus;
  /** Where the meeting is held, as written, e.g. "Diamond Room 2 - Council House". */
  venue?: Maybe<Scalars['String']['output']>;
};


/** A meeting of a board, such as the Coventry Health and Wellbeing Board of 14 January 2019. */
export type MeetingAttendanceArgs = {
  status?: InputMaybe<AttendanceStatus>;
};

/** Filters for the meetings list; all given filters must match. */
export type MeetingFilter = {
  /** Only meetings of this board, e.g. coventry-health-and-wellbeing-board. */
  boardId?: InputMaybe<Scalars['ID']['input']>;
  /** Only meetings on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only meetings with this status. */
  status?: InputMaybe<MeetingStatus>;
  /** Only meetings on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** The order of a list of meetings. */
export type MeetingOrder =
  /** Oldest first (then by id). */
  | 'DATE_ASC'
  /** Newest first (then by id). */
  | 'DATE_DESC';

/** A page of meetings. */
export type MeetingPage = {
  __typename?: 'MeetingPage';
  /** Whether items follow this page. */
  hasMore: Scalars['Boolean']['output'];
  /** The items on this page, in the list's order. */
  items: Array<Meeting>;
  /** The limit this page was asked with. */
  limit: Scalars['Int']['output'];
  /** The offset this page was asked with. */
  offset: Scalars['Int']['output'];
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Whether a meeting took place, as far as the documents tell. */
export type MeetingStatus =
  /** Called but cancelled. */
  | 'CANCELLED'
  /** Took place: minutes or an attendance list record it. */
  | 'HELD'
  /** Called by an agenda; the documents hold no record of it taking place. */
  | 'SCHEDULED';

/** A person's membership of a board or organisation for a period (a Popolo Membership). */
export type Membership = {
  __typename?: 'Membership';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The board, for a board membership. */
  board?: Maybe<Board>;
  /** What the papers say of when it held: the days members(asAt:) answers it for. */
  dating: MembershipDating;
  /** Last day of the membership; null while current. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** The membership's id. */
  id: Scalars['ID']['output'];
  /** The title as written, e.g. "Director of Public Health and Wellbeing". */
  label?: Maybe<Scalars['String']['output']>;
  /** The days a paper lists the membership (a pack's date and its meeting's), for a membership whose start and end are not known. */
  listedOn: Array<Scalars['Date']['output']>;
  /** The organisation the member represents on the board. */
  onBehalfOf?: Maybe<Organisation>;
  /** The organisation, for a membership of an organisation. */
  organisation?: Maybe<Organisation>;
  /** The member. */
  person: Person;
  /** The seat held, when the membership is of a named seat. */
  post?: Maybe<Post>;
  /** The role held. */
  role: MembershipRole;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** First day of the membership; null when not known. */
  startDate?: Maybe<Scalars['Date']['output']>;
};

/** What the papers say of when a membership held, and so on which days members(asAt:) answers it. */
export type MembershipDating =
  /** A start or end day is known (an appointment in the minutes): answered for the days they cover. */
  | 'DATED'
  /** Neither is known; a paper lists the membership on certain days (listedOn): answered only on those days. */
  | 'LISTED'
  /** Nothing dates it: answered only when no day is asked for. */
  | 'UNDATED';

/** The role a person holds in a membership or post. */
export type MembershipRole =
  /** A non-voting adviser or officer supporting the board. */
  | 'ADVISER'
  /** Chairs the board. */
  | 'CHAIR'
  /** Deputy chair. */
  | 'DEPUTY_CHAIR'
  /** Works for the organisation (membership of an organisation). */
  | 'EMPLOYEE'
  /** A voting or named member. */
  | 'MEMBER'
  /** Attends in place of a member. */
  | 'SUBSTITUTE'
  /** Vice chair. */
  | 'VICE_CHAIR';

/** A key date of the partnership's work that is not a board meeting, with its planned and actual dates and what it belongs to. */
export type Milestone = {
  __typename?: 'Milestone';
  /** The day it actually happened, when stated. */
  actualDate?: Maybe<Scalars['Date']['output']>;
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The board or group it concerns, when the papers name one. */
  board?: Maybe<Board>;
  /** The contract it belongs to. */
  contract?: Maybe<Contract>;
  /** The funding pool (or funding round) it belongs to. */
  fundingPool?: Maybe<FundingPool>;
  /** A stable slug, e.g. kooth-contract-end. */
  id: Scalars['ID']['output'];
  /** What kind of key date it is. */
  kind: MilestoneKind;
  /** The organisation it concerns, when no record holds it yet (an inspection of a council, a trust's partner search). */
  organisation?: Maybe<Organisation>;
  /** The planned date as written, e.g. "until end of March 2025". */
  plannedAsWritten?: Maybe<Scalars['String']['output']>;
  /** The planned day, or the first day of a planned window; null when the papers give none. */
  plannedDate?: Maybe<Scalars['Date']['output']>;
  /** The last day of a planned window (an on-site week); null for a single day. */
  plannedEndDate?: Maybe<Scalars['Date']['output']>;
  /** The programme it belongs to. */
  programme?: Maybe<Programme>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** Where it stands, as last stated. */
  status: MilestoneStatus;
  /** The strategy it belongs to. */
  strategy?: Maybe<Strategy>;
  /** What happens on the date, in the papers' words. */
  title: Scalars['String']['output'];
  /** Where it takes place, as written, e.g. "Conference Room, Northgate House at Warwick"; null when not stated. */
  venue?: Maybe<Scalars['String']['output']>;
};

/** Filters for milestones; all given filters must match. */
export type MilestoneFilter = {
  /** Only those that concern this board or group. */
  boardId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those of this contract. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  /** Only milestones planned or held on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only milestones of one of these kinds. */
  kinds?: InputMaybe<Array<MilestoneKind>>;
  /** Only those that concern this organisation (dates no other record holds). */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only those of this programme. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only milestones in one of these statuses. */
  statuses?: InputMaybe<Array<MilestoneStatus>>;
  /** Only those of this strategy. */
  strategyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only milestones planned or held on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** What kind of key date a milestone is. */
export type MilestoneKind =
  /** Another deadline. */
  | 'DEADLINE'
  /** A decision is due (e.g. through the political process). */
  | 'DECISION'
  /** A draft is due. */
  | 'DRAFT_DUE'
  /** Work, a contract or a scheme ends. */
  | 'END'
  /** A service or team goes live or commences. */
  | 'GO_LIVE'
  /** An inspection or review visit (e.g. an on-site week). */
  | 'INSPECTION'
  /** Another key date. */
  | 'OTHER'
  /** A publication date. */
  | 'PUBLICATION'
  /** A review point. */
  | 'REVIEW'
  /** Work, a contract or a scheme starts. */
  | 'START'
  /** A submission or template deadline to a national body. */
  | 'SUBMISSION'
  /** A workshop or engagement event. */
  | 'WORKSHOP';

/** Where a milestone stands, as last stated in the papers. */
export type MilestoneStatus =
  /** Reached when planned. */
  | 'MET'
  /** Not reached when planned. */
  | 'MISSED'
  /** Moved to another date. */
  | 'MOVED'
  /** Still ahead, or not reported on. */
  | 'PLANNED';

/** A numbered minute of a meeting; numbers run on from earlier meetings. */
export type MinuteItem = {
  __typename?: 'MinuteItem';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** Declarations of interest recorded under the minute. */
  declarations: Array<Declaration>;
  /** The minute's id. */
  id: Scalars['ID']['output'];
  /** The meeting minuted. */
  meeting: Meeting;
  /** The minute number, e.g. 16. */
  number: Scalars['Int']['output'];
  /** What was resolved under the minute, in order. */
  resolutions: Array<Resolution>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** The minute's text as written, before its resolutions; lines joined with newlines. */
  text: Scalars['String']['output'];
  /** The minute's heading, e.g. "Better Care Fund Plan - Update". */
  title: Scalars['String']['output'];
};

/** Changes made through the outcomes subgraph. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a PROPOSED figure (another partner's) into its indicator's official series: it becomes ACCEPTED and may be the latest value and set the status against target. Only the indicator's steward (scope write:own) or an admin may accept; the figure records who accepted it and when. With dryRun, everything is checked and the figure is answered as it would be, but nothing is written. */
  acceptMeasurement: Measurement;
  /** Validates a dataset and imports it in one transaction (all or nothing, idempotent by natural keys). Needs scope write:own or admin (a partner API key or a person's token), or the admin token. With write:own, only records the caller's organisation reported or owns may be created or changed: any other record makes the whole import FORBIDDEN, with nothing written. */
  importDataset: ImportReportType;
};


/** Changes made through the outcomes subgraph. */
export type MutationAcceptMeasurementArgs = {
  dryRun?: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/** Changes made through the outcomes subgraph. */
export type MutationImportDatasetArgs = {
  dataset: Scalars['JSONObject']['input'];
  dryRun?: Scalars['Boolean']['input'];
  fileName: Scalars['String']['input'];
};

/** A partner organisation (owned by the partners subgraph). */
export type Organisation = {
  __typename?: 'Organisation';
  /** Name variants as written in the papers, e.g. CRCCG, Coventry & Rugby CCG. */
  aliases: Array<Scalars['String']['output']>;
  /** Allocations from funding pools paid to this organisation, by pool then year. */
  allocationsReceived?: Maybe<Array<Allocation>>;
  /** The area the body serves or governs. */
  area?: Maybe<Area>;
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** Bodies that are part of this one. */
  children: Array<Organisation>;
  /** Contracts this organisation commissions (or commissioned before a transfer), by title. */
  commissionedContracts?: Maybe<Array<Contract>>;
  /** Money this organisation put into funding pools, by pool then year. */
  fundingContributions?: Maybe<Array<Contribution>>;
  /** Money this organisation pays for schemes and programmes, with or without a stated amount. */
  fundingLinksFunded?: Maybe<Array<FundingLink>>;
  /** Exact totals of allocationsReceived and grantsReceived (for one financial year when given). */
  fundingReceived?: Maybe<FundingReceived>;
  /** Grants this organisation awarded as funder, largest first. */
  grantsAwarded?: Maybe<Array<Grant>>;
  /** Grants awarded to this organisation, largest first; a year matches the award date, or the planned start when no award date is stated. */
  grantsReceived?: Maybe<Array<Grant>>;
  /** Funding pools this organisation hosts, by name. */
  hostedFundingPools?: Maybe<Array<FundingPool>>;
  /** The organisation's slug, e.g. coventry-city-council. */
  id: Scalars['ID']['output'];
  /** Identifiers in other schemes (ODS, GSS, org-id.guide), with their validity. */
  identifiers: Array<OrganisationIdentifier>;
  /** Programmes, workstreams and projects this organisation leads, by name. */
  ledProgrammes?: Maybe<Array<Programme>>;
  /** Meetings where someone attended representing the organisation (present, other representative or officer; not apologies), newest first (governance). */
  meetingsAttended?: Maybe<Array<Meeting>>;
  /** People working for or belonging to the organisation. */
  memberships: Array<Membership>;
  /** Key dates that concern this organisation and no other record (an inspection, a deadline), by planned date. */
  milestones?: Maybe<Array<Milestone>>;
  /** The organisation's full name. */
  name: Scalars['String']['output'];
  /** The body this one is part of. */
  parent?: Maybe<Organisation>;
  /** Bodies this one replaced, e.g. the CCGs an ICB succeeded. */
  predecessors: Array<Organisation>;
  /** Contracts this organisation provides, by title. */
  providedContracts?: Maybe<Array<Contract>>;
  /** Indicator values this organisation reported, in indicator, area and period order: by default those in official series; ask for PROPOSED to see the figures it pushed for indicators others steward. */
  reportedMeasurements?: Maybe<Array<Measurement>>;
  /** Reports with an author writing for the organisation, newest first (governance). */
  reportsAuthored?: Maybe<Array<Report>>;
  /** What this organisation leads, monitors or holds (e.g. an agency's priorities in a joint plan). */
  responsibilities?: Maybe<Array<Responsibility>>;
  /** The kind of body. */
  sector: Sector;
  /** The abbreviation the papers use, e.g. UHCW. */
  shortName?: Maybe<Scalars['String']['output']>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** Strategies this organisation owns, by title. */
  strategiesOwned?: Maybe<Array<Strategy>>;
  /** Bodies that replaced this one, e.g. the ICB that succeeded a CCG. */
  successors: Array<Organisation>;
};


/** A partner organisation (owned by the partners subgraph). */
export type OrganisationAllocationsReceivedArgs = {
  financialYear?: InputMaybe<Scalars['String']['input']>;
};


/** A partner organisation (owned by the partners subgraph). */
export type OrganisationCommissionedContractsArgs = {
  status?: InputMaybe<CommissionerStatus>;
};


/** A partner organisation (owned by the partners subgraph). */
export type OrganisationFundingContributionsArgs = {
  financialYear?: InputMaybe<Scalars['String']['input']>;
};


/** A partner organisation (owned by the partners subgraph). */
export type OrganisationFundingReceivedArgs = {
  financialYear?: InputMaybe<Scalars['String']['input']>;
};


/** A partner organisation (owned by the partners subgraph). */
export type OrganisationGrantsAwardedArgs = {
  financialYear?: InputMaybe<Scalars['String']['input']>;
};


/** A partner organisation (owned by the partners subgraph). */
export type OrganisationGrantsReceivedArgs = {
  financialYear?: InputMaybe<Scalars['String']['input']>;
};


/** A partner organisation (owned by the partners subgraph). */
export type OrganisationIdentifiersArgs = {
  asAt?: InputMaybe<Scalars['Date']['input']>;
  scheme?: InputMaybe<Scalars['String']['input']>;
};


/** A partner organisation (owned by the partners subgraph). */
export type OrganisationLedProgrammesArgs = {
  status?: InputMaybe<ProgrammeStatus>;
};


/** A partner organisation (owned by the partners subgraph). */
export type OrganisationMeetingsAttendedArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/** A partner organisation (owned by the partners subgraph). */
export type OrganisationMembershipsArgs = {
  asAt?: InputMaybe<Scalars['Date']['input']>;
};


/** A partner organisation (owned by the partners subgraph). */
export type OrganisationReportedMeasurementsArgs = {
  standings?: InputMaybe<Array<MeasurementStanding>>;
};

/** Filters for the organisations list; all given filters must match. */
export type OrganisationFilter = {
  /** Only organisations whose area is this GSS code or lies within it. */
  areaCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only organisations in one of these sectors. */
  sectors?: InputMaybe<Array<Sector>>;
  /** Text found in the name, short name or any alias (case and punctuation ignored). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** A scheme-tagged identifier of an organisation, valid for a period. */
export type OrganisationIdentifier = {
  __typename?: 'OrganisationIdentifier';
  /** The code within the scheme, e.g. QWU (the ICB's ODS code). */
  code: Scalars['String']['output'];
  /** The scheme: "ODS" (NHS), "GSS" (ONS), or an org-id.guide prefix such as "GB-LAE", "GB-CHC", "GB-COH". */
  scheme: Scalars['String']['output'];
  /** First day the code applied; null when not known. */
  validFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day the code applied; null while it still applies. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/** A page of organisations. */
export type OrganisationPage = {
  __typename?: 'OrganisationPage';
  /** Whether items follow this page. */
  hasMore: Scalars['Boolean']['output'];
  /** The items on this page, in the list's order. */
  items: Array<Organisation>;
  /** The limit this page was asked with. */
  limit: Scalars['Int']['output'];
  /** The offset this page was asked with. */
  offset: Scalars['Int']['output'];
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A person named in the papers (owned by the partners subgraph). */
export type Person = {
  __typename?: 'Person';
  /** Ways the papers write the name, e.g. "Cllr K Caan". */
  aliases: Array<Scalars['String']['output']>;
  /** The person's entries in meeting attendance lists, newest meeting first (governance). */
  attendance?: Maybe<Array<Attendance>>;
  /** How to reach the person, as the papers print it. Restricted: needs scope read:restricted; null with an error otherwise. */
  contactDetails?: Maybe<Array<ContactDetail>>;
  /** Honorific or title as used in the papers, e.g. "Cllr", "Dr", "Prof". */
  honorific?: Maybe<Scalars['String']['output']>;
  /** The person's slug, e.g. liz-gaulton. */
  id: Scalars['ID']['output'];
  /** Programmes, workstreams and projects this person leads, by name. */
  ledProgrammes?: Maybe<Array<Programme>>;
  /** The person's memberships of boards and organisations. */
  memberships: Array<Membership>;
  /** The person's name without honorific, e.g. Kamran Caan. */
  name: Scalars['String']['output'];
  /** The seats the person holds or held through memberships. */
  posts: Array<Post>;
  /** Agenda items the person presents or speaks to, newest meeting first (governance). */
  presentedItems?: Maybe<Array<AgendaItem>>;
  /** What this person leads or holds, with the role as written. */
  responsibilities?: Maybe<Array<Responsibility>>;
};


/** A person named in the papers (owned by the partners subgraph). */
export type PersonMembershipsArgs = {
  asAt?: InputMaybe<Scalars['Date']['input']>;
};


/** A person named in the papers (owned by the partners subgraph). */
export type PersonPostsArgs = {
  asAt?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of people. */
export type PersonPage = {
  __typename?: 'PersonPage';
  /** Whether items follow this page. */
  hasMore: Scalars['Boolean']['output'];
  /** The items on this page, in the list's order. */
  items: Array<Person>;
  /** The limit this page was asked with. */
  limit: Scalars['Int']['output'];
  /** The offset this page was asked with. */
  offset: Scalars['Int']['output'];
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** When a grant is planned to run, as the document states it (360Giving plannedDates). */
export type PlannedDates = {
  __typename?: 'PlannedDates';
  /** The period as written, e.g. "from April 2018" or "per annum". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** Planned last day; null when not stated. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Planned first day; the first of the month when only a month is written. */
  startDate?: Maybe<Scalars['Date']['output']>;
};

/** Which direction of an indicator is good (Fingertips polarity). */
export type Polarity =
  /** A higher value is better, e.g. children achieving a good level of development. */
  | 'HIGH_IS_GOOD'
  /** A lower value is better, e.g. hospital admissions as a result of self-harm. */
  | 'LOW_IS_GOOD'
  /** Neither direction is better, e.g. referrals to a service; no RAG or better/worse. */
  | 'NO_JUDGEMENT';

/** A seat on a board or in an organisation (a Popolo Post), e.g. the Chair. */
export type Post = {
  __typename?: 'Post';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The board the seat is on, if any. */
  board?: Maybe<Board>;
  /** Who held the seat: on asAt, or ever when omitted. */
  holders: Array<Membership>;
  /** A stable slug for the seat. */
  id: Scalars['ID']['output'];
  /** The seat's title as written. */
  label: Scalars['String']['output'];
  /** The organisation the seat is in, if any. */
  organisation?: Maybe<Organisation>;
  /** The role the seat carries. */
  role: MembershipRole;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
};


/** A seat on a board or in an organisation (a Popolo Post), e.g. the Chair. */
export type PostHoldersArgs = {
  asAt?: InputMaybe<Scalars['Date']['input']>;
};

/** A priority of a strategy, in the strategy's own order. */
export type Priority = {
  __typename?: 'Priority';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** Its objectives or explanation as written, when the papers give them. */
  description?: Maybe<Scalars['String']['output']>;
  /** The priority's id. */
  id: Scalars['ID']['output'];
  /** Its place in the strategy's list, from 1. */
  position: Scalars['Int']['output'];
  /** The programmes delivering this priority, by name. */
  programmes: Array<Programme>;
  /** Who leads or holds this priority or theme: bodies, organisations and named people. */
  responsibilities: Array<Responsibility>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** The strategy it belongs to. */
  strategy: Strategy;
  /** The priority as written. */
  title: Scalars['String']['output'];
};


/** A priority of a strategy, in the strategy's own order. */
export type PriorityResponsibilitiesArgs = {
  role?: InputMaybe<ResponsibilityRole>;
};

/** How a contract was let. */
export type ProcurementRoute =
  /** Awarded directly, without competition. */
  | 'DIRECT_AWARD'
  /** An existing contract extended. */
  | 'EXTENSION'
  /** Called off a framework agreement. */
  | 'FRAMEWORK_CALL_OFF'
  /** A grant agreement rather than a contract. */
  | 'GRANT_AGREEMENT'
  /** Another route. */
  | 'OTHER'
  /** A section 75 partnership agreement. */
  | 'SECTION_75'
  /** After a tender (a competitive procurement). */
  | 'TENDER'
  /** An existing contract varied. */
  | 'VARIATION';

/** A programme or workstream of a strategy (owned by the programmes subgraph). */
export type Programme = {
  __typename?: 'Programme';
  /** Names and abbreviations as written in the papers, e.g. BHBCBV, BCBVBH. */
  aliases: Array<Scalars['String']['output']>;
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** Its workstreams and projects, in the order the papers list them. */
  children: Array<Programme>;
  /** Contracts for this programme or service. */
  contracts?: Maybe<Array<Contract>>;
  /** The strategies it delivers, with the priority and where the papers say so. */
  deliveries: Array<StrategyDelivery>;
  /** What it is for, as written. */
  description?: Maybe<Scalars['String']['output']>;
  /** Last day of the period, read like the start (31 December, 31 March, or the month's last day). Null when open or not known. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Allocations and grants stated for this programme, with exact totals. */
  funding?: Maybe<ProgrammeFunding>;
  /** Money the papers link to this programme, with or without a stated amount. */
  fundingLinks?: Maybe<Array<FundingLink>>;
  /** The programme's slug, e.g. "bhbcbv". */
  id: Scalars['ID']['output'];
  /** Indicators the papers tie to this programme, in code order. */
  indicators?: Maybe<Array<Indicator>>;
  /** Programme, workstream or project. */
  kind: ProgrammeKind;
  /** Its most recent status update. */
  latestStatusUpdate?: Maybe<StatusUpdate>;
  /** The organisation leading it, as the papers state. */
  leadOrganisation?: Maybe<Organisation>;
  /** The person leading it or reporting it to the board for the partners, as the papers name them. */
  leadPerson?: Maybe<Person>;
  /** Its milestones and key dates, by planned date. */
  milestones: Array<Milestone>;
  /** The name as the papers give it. */
  name: Scalars['String']['output'];
  /** The programme's or service's outputs: measurements scoped to it (activity, staffing, funnels, cohorts, survey results), in indicator, area and period order. */
  outputs?: Maybe<Array<Measurement>>;
  /** The programme or workstream this one sits within. */
  parent?: Maybe<Programme>;
  /** The period as written, e.g. "2019". */
  periodLabel?: Maybe<Scalars['String']['output']>;
  /** Who leads, monitors or delivers it. */
  responsibilities: Array<Responsibility>;
  /** The abbreviation the papers use, e.g. "BHBCBV". */
  shortName?: Maybe<Scalars['String']['output']>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** First day of the period. When the papers give only years it is 1 January of the first year, or 1 April when the years are financial years (commissioning intentions and annual plan refreshes, e.g. "2014-15", "2023/2024"); when they give a month, its first day. Null when not known. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Where it stands, as last reported. */
  status: ProgrammeStatus;
  /** Its status updates, oldest first. */
  statusUpdates: Array<StatusUpdate>;
  /** The strategies it delivers, by title. */
  strategies: Array<Strategy>;
};


/** A programme or workstream of a strategy (owned by the programmes subgraph). */
export type ProgrammeOutputsArgs = {
  indicatorCode?: InputMaybe<Scalars['ID']['input']>;
};


/** A programme or workstream of a strategy (owned by the programmes subgraph). */
export type ProgrammeResponsibilitiesArgs = {
  role?: InputMaybe<ResponsibilityRole>;
};

/** Filters for the programmes list; all given filters must match. */
export type ProgrammeFilter = {
  /** Only programmes, workstreams or projects of these kinds. */
  kinds?: InputMaybe<Array<ProgrammeKind>>;
  /** Only those led by this organisation (its slug id). */
  leadOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** When true, only the tops of trees (no parent). */
  rootsOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only those in one of these statuses. */
  statuses?: InputMaybe<Array<ProgrammeStatus>>;
  /** Text (at least 2 characters) found in the name, short name, description or any alias; case and punctuation ignored for aliases. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** The money a programme is stated to receive: allocations from pools and grants, with exact totals. */
export type ProgrammeFunding = {
  __typename?: 'ProgrammeFunding';
  /** Allocations to the programme, by pool and year. */
  allocations: Array<Allocation>;
  /** Sum of the allocations. */
  allocationsTotal: Scalars['Money']['output'];
  /** Grants for the programme, largest first. */
  grants: Array<Grant>;
  /** Sum of the grants. */
  grantsTotal: Scalars['Money']['output'];
  /** allocationsTotal plus grantsTotal. */
  total: Scalars['Money']['output'];
};

/** The level of a node in the programme tree. */
export type ProgrammeKind =
  /** A programme of work, e.g. Better Health, Better Care, Better Value. */
  | 'PROGRAMME'
  /** A project or pilot, e.g. Housing First. */
  | 'PROJECT'
  /** A workstream within a programme, e.g. Proactive and Preventative. */
  | 'WORKSTREAM';

/** The papers tie an indicator to a programme it measures. */
export type ProgrammeMeasure = {
  __typename?: 'ProgrammeMeasure';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The indicator that measures it. */
  indicator: Indicator;
  /** The programme measured. */
  programme: Programme;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
};

/** How the programmes list is sorted; ties are broken by name, then id. */
export type ProgrammeOrder =
  /** By name, A to Z. */
  | 'NAME'
  /** Earliest start first; those whose start is not known come last. */
  | 'START_DATE';

/** A page of programmes, workstreams and projects. */
export type ProgrammePage = {
  __typename?: 'ProgrammePage';
  /** Whether items follow this page. */
  hasMore: Scalars['Boolean']['output'];
  /** The items on this page, in the list's order. */
  items: Array<Programme>;
  /** The limit this page was asked with. */
  limit: Scalars['Int']['output'];
  /** The offset this page was asked with. */
  offset: Scalars['Int']['output'];
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Where a programme, workstream or project stands. */
export type ProgrammeStatus =
  /** Under way. */
  | 'ACTIVE'
  /** Stopped or merged into other work. */
  | 'CLOSED'
  /** Finished as planned. */
  | 'COMPLETED'
  /** Paused. */
  | 'ON_HOLD'
  /** Planned or bid for, not yet started. */
  | 'PROPOSED';

/** Whether anyone may read a figure: published, a draft, or below publication level. */
export type Publication =
  /** A small number (e.g. a safeguarding count) the reporting partner withholds from publication because it could identify people: read only by that organisation and by identities with scope read:restricted. */
  | 'BELOW_PUBLICATION_LEVEL'
  /** A draft a partner pushed and has not published: read only by the organisation that reported it and by identities with scope read:restricted. */
  | 'DRAFT'
  /** Published: anyone reads it. */
  | 'PUBLISHED';

/** Queries answered by the funding subgraph. */
export type Query = {
  __typename?: 'Query';
  /** An agenda item by its id, e.g. "coventry-hwb-2019-01-14-item-10". */
  agendaItem?: Maybe<AgendaItem>;
  /** Allocations in pool, year and id order, filtered and paginated. */
  allocations: AllocationPage;
  /** An area by its code (a GSS code, or a ward's district code and slug). */
  area?: Maybe<Area>;
  /** Areas in name order, optionally of one type or under one parent. */
  areas: Array<Area>;
  /** A board by its slug id. */
  board?: Maybe<Board>;
  /** All boards and groups in name order, or those of one kind. */
  boards: Array<Board>;
  /** A contract by its slug id. */
  contract?: Maybe<Contract>;
  /** Contracts by title, filtered. */
  contracts: Array<Contract>;
  /** Contributions in pool, year and id order, filtered and paginated. */
  contributions: ContributionPage;
  /** A framework by its code. */
  framework?: Maybe<Framework>;
  /** All frameworks, in name order. */
  frameworks: Array<Framework>;
  /** Money from funders to purposes, by id; with or without a stated amount. */
  fundingLinks: Array<FundingLink>;
  /** A funding pool by its slug id. */
  fundingPool?: Maybe<FundingPool>;
  /** Funding pools, filtered, sorted and paginated. */
  fundingPools: FundingPoolPage;
  /** Exact totals (decimal arithmetic) of contributions (money put in, the default) or allocations (money given out), grouped by pool, financial year, organisation or kind. Stated pool totals are not added: compare them with FundingPool.total and statedTotals. */
  fundingTotals: Array<FundingTotal>;
  /** Grants, filtered, sorted and paginated. */
  grants: GrantPage;
  /** An import's audit record by id (refused attempts included); admin only. A record an import wrote names its import through its own importRecord field. */
  importRecord?: Maybe<ImportRecord>;
  /** An indicator by its code. */
  indicator?: Maybe<Indicator>;
  /** Indicators, filtered, sorted and paginated. */
  indicators: IndicatorPage;
  /** Measured values, filtered, sorted and paginated. */
  measurements: MeasurementPage;
  /** A meeting by its id, e.g. "coventry-hwb-2019-01-14". */
  meeting?: Maybe<Meeting>;
  /** Meetings of the boards, filtered, sorted by date and paginated. */
  meetings: MeetingPage;
  /** A milestone by its slug id. */
  milestone?: Maybe<Milestone>;
  /** Milestones and key dates, by date (the actual day when known, else the planned one), filtered. */
  milestones: Array<Milestone>;
  /** An organisation by its slug id. */
  organisation?: Maybe<Organisation>;
  /** An organisation by a scheme-tagged identifier, e.g. scheme ODS, code QWU. */
  organisationByIdentifier?: Maybe<Organisation>;
  /** An organisation by its name, short name or any alias as written in the papers (case and punctuation ignored). */
  organisationByName?: Maybe<Organisation>;
  /** Organisations in name order, filtered and paginated. */
  organisations: OrganisationPage;
  /** People whose name or a recorded variant of it contains the text, in name order. */
  people: PersonPage;
  /** A person by their slug id. */
  person?: Maybe<Person>;
  /** A programme, workstream or project by its slug id. */
  programme?: Maybe<Programme>;
  /** A programme by its name, short name or any alias as written in the papers, e.g. BHBCBV or BCBVBH (case ignored; punctuation ignored for aliases). */
  programmeByName?: Maybe<Programme>;
  /** Programmes, workstreams and projects, filtered, sorted and paginated. */
  programmes: ProgrammePage;
  /** A report by its id. */
  report?: Maybe<Report>;
  /** Reports by date and agenda order, filtered and paginated. */
  reports: ReportPage;
  /** Resolutions by meeting date, minute number and order, filtered and paginated. */
  resolutions: ResolutionPage;
  /** Searches every line of the source documents (English stemming: "oversee" finds "overseeing"; "quoted phrases", OR and -word as on a web search), best match first, then by document and line. */
  searchSources: Array<SourceSearchHit>;
  /** A source document by its id. */
  sourceDocument?: Maybe<SourceDocument>;
  /** The source documents, oldest first. */
  sourceDocuments: SourceDocumentPage;
  /** Strategies, filtered, sorted and paginated. */
  strategies: StrategyPage;
  /** A strategy by its slug id. */
  strategy?: Maybe<Strategy>;
  /** A strategy by its title as the papers write it (case, punctuation, "&"/"and", "Well-being"/"Wellbeing" and a leading "The" ignored); AMBIGUOUS when several match. */
  strategyByName?: Maybe<Strategy>;
  /** Targets in indicator, area and period order, filtered and paginated. */
  targets: TargetPage;
  /** Who this request speaks for (its API key or signed token). Needs an identity; null with an error without one. */
  viewer?: Maybe<Viewer>;
};


/** Queries answered by the funding subgraph. */
export type QueryAgendaItemArgs = {
  id: Scalars['ID']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryAllocationsArgs = {
  filter?: InputMaybe<AllocationFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryAreaArgs = {
  code: Scalars['ID']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryAreasArgs = {
  parentCode?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<AreaType>;
};


/** Queries answered by the funding subgraph. */
export type QueryBoardArgs = {
  id: Scalars['ID']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryBoardsArgs = {
  kind?: InputMaybe<BoardKind>;
};


/** Queries answered by the funding subgraph. */
export type QueryContractArgs = {
  id: Scalars['ID']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryContractsArgs = {
  filter?: InputMaybe<ContractFilter>;
};


/** Queries answered by the funding subgraph. */
export type QueryContributionsArgs = {
  filter?: InputMaybe<ContributionFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryFrameworkArgs = {
  code: Scalars['ID']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryFundingLinksArgs = {
  amountStated?: InputMaybe<Scalars['Boolean']['input']>;
  funderId?: InputMaybe<Scalars['ID']['input']>;
};


/** Queries answered by the funding subgraph. */
export type QueryFundingPoolArgs = {
  id: Scalars['ID']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryFundingPoolsArgs = {
  filter?: InputMaybe<FundingPoolFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  orderBy?: FundingPoolOrder;
};


/** Queries answered by the funding subgraph. */
export type QueryFundingTotalsArgs = {
  filter?: InputMaybe<FundingTotalsFilter>;
  groupBy: FundingTotalsGroup;
  measure?: FundingMeasure;
};


/** Queries answered by the funding subgraph. */
export type QueryGrantsArgs = {
  filter?: InputMaybe<GrantFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  orderBy?: GrantOrder;
};


/** Queries answered by the funding subgraph. */
export type QueryImportRecordArgs = {
  id: Scalars['Int']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryIndicatorArgs = {
  code: Scalars['ID']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryIndicatorsArgs = {
  filter?: InputMaybe<IndicatorFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  orderBy?: IndicatorOrder;
};


/** Queries answered by the funding subgraph. */
export type QueryMeasurementsArgs = {
  filter?: InputMaybe<MeasurementFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  orderBy?: MeasurementOrder;
};


/** Queries answered by the funding subgraph. */
export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryMeetingsArgs = {
  filter?: InputMaybe<MeetingFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  orderBy?: MeetingOrder;
};


/** Queries answered by the funding subgraph. */
export type QueryMilestoneArgs = {
  id: Scalars['ID']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryMilestonesArgs = {
  filter?: InputMaybe<MilestoneFilter>;
};


/** Queries answered by the funding subgraph. */
export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryOrganisationByIdentifierArgs = {
  asAt?: InputMaybe<Scalars['Date']['input']>;
  code: Scalars['String']['input'];
  scheme: Scalars['String']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryOrganisationByNameArgs = {
  name: Scalars['String']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryOrganisationsArgs = {
  filter?: InputMaybe<OrganisationFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryPeopleArgs = {
  limit?: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  offset?: Scalars['Int']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryProgrammeArgs = {
  id: Scalars['ID']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryProgrammeByNameArgs = {
  name: Scalars['String']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryProgrammesArgs = {
  filter?: InputMaybe<ProgrammeFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  orderBy?: ProgrammeOrder;
};


/** Queries answered by the funding subgraph. */
export type QueryReportArgs = {
  id: Scalars['ID']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryReportsArgs = {
  filter?: InputMaybe<ReportFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryResolutionsArgs = {
  filter?: InputMaybe<ResolutionFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** Queries answered by the funding subgraph. */
export type QuerySearchSourcesArgs = {
  documentId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  text: Scalars['String']['input'];
};


/** Queries answered by the funding subgraph. */
export type QuerySourceDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** Queries answered by the funding subgraph. */
export type QuerySourceDocumentsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryStrategiesArgs = {
  filter?: InputMaybe<StrategyFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  orderBy?: StrategyOrder;
};


/** Queries answered by the funding subgraph. */
export type QueryStrategyArgs = {
  id: Scalars['ID']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryStrategyByNameArgs = {
  name: Scalars['String']['input'];
};


/** Queries answered by the funding subgraph. */
export type QueryTargetsArgs = {
  filter?: InputMaybe<TargetFilter>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

/** A red/amber/green rating given in a status report. */
export type RagRating =
  /** At risk. */
  | 'AMBER'
  /** On track. */
  | 'GREEN'
  /** Off track. */
  | 'RED';

/** An area's recent trend for an indicator over its latest (up to five) periods, Fingertips-style. */
export type RecentTrend = {
  __typename?: 'RecentTrend';
  /** Periods for which the papers give contradictory values; their mean was used. */
  contradictoryPeriods: Array<Scalars['String']['output']>;
  /** Which way the values moved. */
  direction: TrendDirection;
  /** Whether that is improving or worsening, by polarity. */
  judgement: TrendJudgement;
  /** How the direction was decided. */
  method: TrendMethod;
  /** The periods used, oldest first, as written. */
  periods: Array<Scalars['String']['output']>;
};

/** A recommendation a report makes to the board. */
export type Recommendation = {
  __typename?: 'Recommendation';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The number as written, e.g. "1.", "2)" or "a."; null when unnumbered. */
  number?: Maybe<Scalars['String']['output']>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** The recommendation's text, without its number. */
  text: Scalars['String']['output'];
};

/** A report to a board, usually under an agenda item, with its authors and recommendations. */
export type Report = {
  __typename?: 'Report';
  /** The agenda item the report belongs to. */
  agendaItem?: Maybe<AgendaItem>;
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The authors in the order written. */
  authors: Array<ReportAuthor>;
  /** The date the report bears. */
  date?: Maybe<Scalars['Date']['output']>;
  /** A stable slug, e.g. "coventry-hwb-2019-01-14-camhs-ltp-year-3-refresh". */
  id: Scalars['ID']['output'];
  /** The meeting the report went to, when known. */
  meeting?: Maybe<Meeting>;
  /** The recommendations in order. */
  recommendations: Array<Recommendation>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** The report's title as its Title or Subject line gives it. */
  title: Scalars['String']['output'];
};

/** An author of a report, as named under "Report Author(s)". */
export type ReportAuthor = {
  __typename?: 'ReportAuthor';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The job title as written, e.g. "Policy and Partnerships Transformation Officer". */
  jobTitle?: Maybe<Scalars['String']['output']>;
  /** The organisation the author writes for, when the document names it. */
  organisation?: Maybe<Organisation>;
  /** The author. */
  person: Person;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
};

/** Filters for the reports list; all given filters must match. */
export type ReportFilter = {
  /** Only reports to meetings of this board. */
  boardId?: InputMaybe<Scalars['ID']['input']>;
  /** Only reports dated on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Text found in the title or a recommendation (case ignored). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only reports dated on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of reports. */
export type ReportPage = {
  __typename?: 'ReportPage';
  /** Whether items follow this page. */
  hasMore: Scalars['Boolean']['output'];
  /** The items on this page, in the list's order. */
  items: Array<Report>;
  /** The limit this page was asked with. */
  limit: Scalars['Int']['output'];
  /** The offset this page was asked with. */
  offset: Scalars['Int']['output'];
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** What a board resolved under a minute. */
export type Resolution = {
  __typename?: 'Resolution';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The resolution's id. */
  id: Scalars['ID']['output'];
  /** A later agenda item the resolution led to, e.g. a report it asked for. */
  ledTo?: Maybe<AgendaItem>;
  /** The minute the resolution was made under. */
  minuteItem: MinuteItem;
  /** The number as written, e.g. "(1)"; null for a single unnumbered resolution. */
  number?: Maybe<Scalars['String']['output']>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** What was resolved, after "RESOLVED that", e.g. "The Better Care Fund performance against the national metrics be noted." */
  text: Scalars['String']['output'];
};

/** Filters for the resolutions list; all given filters must match. */
export type ResolutionFilter = {
  /** Only resolutions of meetings of this board. */
  boardId?: InputMaybe<Scalars['ID']['input']>;
  /** Only resolutions of meetings on or after this day. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Text found in the resolution (case ignored). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only resolutions of meetings on or before this day. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of resolutions. */
export type ResolutionPage = {
  __typename?: 'ResolutionPage';
  /** Whether items follow this page. */
  hasMore: Scalars['Boolean']['output'];
  /** The items on this page, in the list's order. */
  items: Array<Resolution>;
  /** The limit this page was asked with. */
  limit: Scalars['Int']['output'];
  /** The offset this page was asked with. */
  offset: Scalars['Int']['output'];
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Who is responsible for what: a board or group, an organisation or a named person that leads, monitors or holds a strategy, priority, programme, contract or pool. */
export type Responsibility = {
  __typename?: 'Responsibility';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The board or group that holds it. */
  board?: Maybe<Board>;
  /** The contract it is for. */
  contract?: Maybe<Contract>;
  /** How often, as written, e.g. "quarterly"; null when not stated. */
  frequency?: Maybe<Scalars['String']['output']>;
  /** The funding pool it is for. */
  fundingPool?: Maybe<FundingPool>;
  /** The responsibility's id. */
  id: Scalars['ID']['output'];
  /** The organisation that holds it. */
  organisation?: Maybe<Organisation>;
  /** The named person who holds it. */
  person?: Maybe<Person>;
  /** The strategy's priority or theme it is for. */
  priority?: Maybe<Priority>;
  /** The programme it is for. */
  programme?: Maybe<Programme>;
  /** What the holder does. */
  role: ResponsibilityRole;
  /** The role as written, e.g. "Strategic lead", "overseeing". */
  roleAsWritten?: Maybe<Scalars['String']['output']>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** The strategy (or the strategy of the priority) it is for. */
  strategy?: Maybe<Strategy>;
};

/** What a holder does for the thing it is responsible for. */
export type ResponsibilityRole =
  /** Is accountable for it. */
  | 'ACCOUNTABLE'
  /** Leads it jointly with others. */
  | 'CO_LEADS'
  /** Delivers it. */
  | 'DELIVERS'
  /** Holds it as its own in a joint plan (an agency's priority). */
  | 'HOLDS'
  /** Leads it. */
  | 'LEADS'
  /** Monitors or oversees it (see frequency). */
  | 'MONITORS'
  /** Sponsors it. */
  | 'SPONSORS'
  /** Supports it. */
  | 'SUPPORTS';

/** The kind of body an organisation is. */
export type Sector =
  /** A clinical commissioning group (until 30 June 2022). */
  | 'CCG'
  /** A combined authority, e.g. West Midlands Combined Authority. */
  | 'COMBINED_AUTHORITY'
  /** A district or borough council under a county. */
  | 'DISTRICT_COUNCIL'
  /** A fire and rescue service. */
  | 'FIRE'
  /** A government department or national regulator. */
  | 'GOVERNMENT'
  /** A local Healthwatch. */
  | 'HEALTHWATCH'
  /** An integrated care board (from 1 July 2022). */
  | 'ICB'
  /** A county, metropolitan or unitary council. */
  | 'LOCAL_AUTHORITY'
  /** A national or regional NHS body, e.g. NHS England. */
  | 'NHS_NATIONAL_BODY'
  /** An NHS trust or foundation trust providing services. */
  | 'NHS_TRUST'
  /** Any other body, e.g. a private provider. */
  | 'OTHER'
  /** A partnership of bodies, e.g. a sustainability and transformation partnership. */
  | 'PARTNERSHIP'
  /** A police force. */
  | 'POLICE'
  /** A university or college. */
  | 'UNIVERSITY'
  /** A charity or voluntary and community organisation. */
  | 'VOLUNTARY_SECTOR';

/** The sex a value or target is for (Fingertips' sex breakdown). */
export type Sex =
  /** Women or girls only. */
  | 'FEMALE'
  /** Men or boys only. */
  | 'MALE'
  /** Everyone; the default when the papers give no breakdown. */
  | 'PERSONS';

/** A record that cites lines of a paper, named by its type and natural key. */
export type SourceCitation = {
  __typename?: 'SourceCitation';
  /** The figure or phrase the record quotes, as written. */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** Its natural key as text, e.g. "kooth" or "coventry-hwb-2019-01-14, 3"; an id for types keyed by id. */
  key: Scalars['String']['output'];
  /** The lines the record cites (its whole source, which may be wider than the hit). */
  source: SourceExcerpt;
  /** The record type, e.g. "Measurement", "Contract", "Resolution". */
  type: Scalars['String']['output'];
};

/** A document the hub's facts come from: a board pack or a report, with every line of its text. */
export type SourceDocument = {
  __typename?: 'SourceDocument';
  /** The sha256 of that file, in lower-case hexadecimal. */
  contentHash: Scalars['String']['output'];
  /** Lines firstLine to lastLine (inclusive, 1-based) of the document. */
  excerpt: SourceExcerpt;
  /** The file name of the text the facts were checked against, e.g. 000_0acbd59825e2002a.txt. */
  fileName: Scalars['String']['output'];
  /** A stable slug, e.g. "coventry-hwb-2019-01-14" for the Coventry HWB pack of 14 January 2019. */
  id: Scalars['ID']['output'];
  /** What kind of document it is. */
  kind: SourceDocumentKind;
  /** How many lines the file has; excerpts are line ranges within 1..lineCount. */
  lineCount: Scalars['Int']['output'];
  /** The date the document bears: a pack's issue date, a report's date. */
  publishedOn?: Maybe<Scalars['Date']['output']>;
  /** The organisation that published the document. */
  publisher: Organisation;
  /** The document's title. */
  title: Scalars['String']['output'];
};


/** A document the hub's facts come from: a board pack or a report, with every line of its text. */
export type SourceDocumentExcerptArgs = {
  firstLine: Scalars['Int']['input'];
  lastLine: Scalars['Int']['input'];
};

/** What kind of document a source document is. */
export type SourceDocumentKind =
  /** A board's published pack: agenda, minutes of the previous meeting and the reports. */
  | 'MEETING_PACK'
  /** Minutes published on their own. */
  | 'MINUTES'
  /** Any other document. */
  | 'OTHER'
  /** A strategy or plan document. */
  | 'PLAN'
  /** A single report to a board or committee. */
  | 'REPORT';

/** A page of source documents. */
export type SourceDocumentPage = {
  __typename?: 'SourceDocumentPage';
  /** Whether items follow this page. */
  hasMore: Scalars['Boolean']['output'];
  /** The items on this page, in the list's order. */
  items: Array<SourceDocument>;
  /** The limit this page was asked with. */
  limit: Scalars['Int']['output'];
  /** The offset this page was asked with. */
  offset: Scalars['Int']['output'];
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Lines of a source document that state a fact. */
export type SourceExcerpt = {
  __typename?: 'SourceExcerpt';
  /** The document the lines belong to. */
  document: SourceDocument;
  /** The source document's id. */
  documentId: Scalars['ID']['output'];
  /** The first line of the excerpt (1-based, inclusive). */
  firstLine: Scalars['Int']['output'];
  /** The last line of the excerpt (inclusive). */
  lastLine: Scalars['Int']['output'];
  /** The lines exactly as in the file, joined with "\n". */
  text: Scalars['String']['output'];
};

/** A line of a paper that matches a search, ranked, with the records that cite it. */
export type SourceSearchHit = {
  __typename?: 'SourceSearchHit';
  /** Records of any subgraph whose source covers the line, by type and key. */
  citedBy: Array<SourceCitation>;
  /** The matching line: its document, number and text. */
  excerpt: SourceExcerpt;
  /** PostgreSQL's ts_rank of the line for the search: higher is a better match. */
  rank: Scalars['Float']['output'];
};

/** A total the document states for a pool, or for one organisation's or one year's part of it, beside the exact sum of the records it should add up from. Contradictions in the papers show as a non-zero difference; neither figure is corrected. */
export type StatedTotal = {
  __typename?: 'StatedTotal';
  /** The total as stated, in pounds. */
  amount: Scalars['Money']['output'];
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The exact sum of the records the stated total covers (same pool, measure, year and organisation). */
  computedTotal: Scalars['Money']['output'];
  /** amount minus computedTotal: zero when the document adds up, otherwise the size of its contradiction. */
  difference: Scalars['Money']['output'];
  /** The financial year the total covers; null for all the pool's records. */
  financialYear?: Maybe<Scalars['String']['output']>;
  /** The row label or phrase as written, e.g. "Total:". */
  label: Scalars['String']['output'];
  /** Whether the total should add up the pool's contributions or its allocations. */
  measure: FundingMeasure;
  /** The organisation whose part of the pool the total covers (a contributor, or the funder or recipient of allocations); null for the whole pool. */
  organisation?: Maybe<Organisation>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
};

/** A value's red/amber/green status against its target, honouring polarity. */
export type StatusAgainstTarget =
  /** The target is missed by no more than 5% of the target value. */
  | 'AMBER'
  /** The target is met: the value is at or better than the target value. */
  | 'GREEN'
  /** The indicator has no polarity (NO_JUDGEMENT), so it cannot meet or miss a target. */
  | 'NOT_APPLICABLE'
  /** No target applies to this area (or nationally) for this period. */
  | 'NO_TARGET'
  /** The target is missed by more than 5% of the target value. */
  | 'RED';

/** A dated report on a programme's progress, usually to a board meeting. */
export type StatusUpdate = {
  __typename?: 'StatusUpdate';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The day it was reported: the meeting's date, or the report's date when no meeting is named. */
  date: Scalars['Date']['output'];
  /** The update's id. */
  id: Scalars['ID']['output'];
  /** The programme reported on. */
  programme: Programme;
  /** The red/amber/green rating, when the report gives one. */
  ragRating?: Maybe<RagRating>;
  /** The meeting it was reported to, when that meeting is in the hub. */
  reportedTo?: Maybe<Meeting>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** The status it reports. */
  status: ProgrammeStatus;
  /** What was reported, as written (page furniture and markup removed). */
  summary: Scalars['String']['output'];
};

/** A strategy, plan, framework, concordat or action plan adopted by partners, with its priorities. */
export type Strategy = {
  __typename?: 'Strategy';
  /** The approval as written, e.g. "This plan was approved by the HWBB on 9 April 2018". */
  approvalAsWritten?: Maybe<Scalars['String']['output']>;
  /** Where the approval is stated. */
  approvalSource?: Maybe<SourceExcerpt>;
  /** The meeting that approved it, when that meeting is in the hub. */
  approvedAt?: Maybe<Meeting>;
  /** The board that approved, endorsed or declared it. */
  approvedBy?: Maybe<Board>;
  /** The day it was approved, when the papers give a day. */
  approvedOn?: Maybe<Scalars['Date']['output']>;
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The programmes delivering it, with the priority each delivers and where the papers say so. */
  deliveries: Array<StrategyDelivery>;
  /** A stable slug, e.g. coventry-health-and-wellbeing-strategy-2016-2019. */
  id: Scalars['ID']['output'];
  /** The kind of document. */
  kind: StrategyKind;
  /** Its milestones and key dates (drafts, publication, reviews), by planned date. */
  milestones: Array<Milestone>;
  /** The organisations that own it. */
  owners: Array<Organisation>;
  /** The owners with where the papers name them. */
  ownerships: Array<StrategyOwnership>;
  /** Last day of the period, read like the start (31 December, 31 March, or the month's last day). Null when open or not known. */
  periodEnd?: Maybe<Scalars['Date']['output']>;
  /** The period as written, e.g. "2016-19" or "2019 - 2024". */
  periodLabel?: Maybe<Scalars['String']['output']>;
  /** First day of the period. When the papers give only years it is 1 January of the first year, or 1 April when the years are financial years (commissioning intentions and annual plan refreshes, e.g. "2014-15", "2023/2024"); when they give a month, its first day. Null when not known. */
  periodStart?: Maybe<Scalars['Date']['output']>;
  /** Its priorities in the strategy's own order. */
  priorities: Array<Priority>;
  /** The programmes delivering it, by name. */
  programmes: Array<Programme>;
  /** Who leads or holds the strategy and its priorities, the priorities' in their order. */
  responsibilities: Array<Responsibility>;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** Where it stands, as last stated in the papers. */
  status: StrategyStatus;
  /** The title as the papers give it. */
  title: Scalars['String']['output'];
};


/** A strategy, plan, framework, concordat or action plan adopted by partners, with its priorities. */
export type StrategyResponsibilitiesArgs = {
  role?: InputMaybe<ResponsibilityRole>;
};

/** A programme's delivery of a strategy, or of one of its priorities, with where the papers say so. */
export type StrategyDelivery = {
  __typename?: 'StrategyDelivery';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The priority delivered, when the papers name one. */
  priority?: Maybe<Priority>;
  /** The delivering programme. */
  programme: Programme;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** The strategy delivered. */
  strategy: Strategy;
};

/** Filters for the strategies list; all given filters must match. */
export type StrategyFilter = {
  /** Only strategies whose period covers this day (an open end counts as covering it); strategies with no known period never match. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Only strategies of one of these kinds. */
  kinds?: InputMaybe<Array<StrategyKind>>;
  /** Only strategies owned by this organisation (its slug id). */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only strategies in one of these statuses. */
  statuses?: InputMaybe<Array<StrategyStatus>>;
};

/** The kind of strategic document. */
export type StrategyKind =
  /** An action plan answering a review or inspection, e.g. the CQC local system review improvement plan. */
  | 'ACTION_PLAN'
  /** A concordat or consensus statement partners sign up to. */
  | 'CONCORDAT'
  /** A framework that gathers existing work under shared priorities, e.g. the Physical Activity Framework. */
  | 'FRAMEWORK'
  /** A plan, e.g. a transformation plan or commissioning intentions. */
  | 'PLAN'
  /** A strategy setting priorities over several years, e.g. a Joint Health and Wellbeing Strategy. */
  | 'STRATEGY';

/** How the strategies list is sorted; ties are broken by title, then id. */
export type StrategyOrder =
  /** Oldest period first; strategies whose period is not known come last. */
  | 'PERIOD_START'
  /** By title, A to Z. */
  | 'TITLE';

/** An organisation's ownership of a strategy, with where the papers state it. */
export type StrategyOwnership = {
  __typename?: 'StrategyOwnership';
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The owning organisation. */
  organisation: Organisation;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** The strategy owned. */
  strategy: Strategy;
};

/** A page of strategies. */
export type StrategyPage = {
  __typename?: 'StrategyPage';
  /** Whether items follow this page. */
  hasMore: Scalars['Boolean']['output'];
  /** The items on this page, in the list's order. */
  items: Array<Strategy>;
  /** The limit this page was asked with. */
  limit: Scalars['Int']['output'];
  /** The offset this page was asked with. */
  offset: Scalars['Int']['output'];
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Where a strategy stands in its life, as last stated in the papers. */
export type StrategyStatus =
  /** In force and being delivered. */
  | 'ACTIVE'
  /** Approved, endorsed or declared by the body that owns it. */
  | 'APPROVED'
  /** Delivered and closed. */
  | 'COMPLETED'
  /** Out for consultation. */
  | 'CONSULTATION'
  /** Being written, or put to a board for approval and not yet approved in the papers held. */
  | 'DRAFT'
  /** Replaced by a later strategy. */
  | 'SUPERSEDED';

/** A value an area is expected to reach for an indicator over a period. */
export type Target = {
  __typename?: 'Target';
  /** The area expected to reach it (England for a national target). */
  area: Area;
  /** The figure or phrase exactly as the source document writes it, e.g. "£179.502m". */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The target's id. */
  id: Scalars['ID']['output'];
  /** The indicator the target is for. */
  indicator: Indicator;
  /** The period as written, e.g. "17/18" or "15/16 onwards". */
  period: Scalars['String']['output'];
  /** The last day the target applies; null when open-ended. */
  periodEnd?: Maybe<Scalars['Date']['output']>;
  /** The first day the target applies. */
  periodStart: Scalars['Date']['output'];
  /** The organisation that set the target, when the papers say. */
  setBy?: Maybe<Organisation>;
  /** Who the target is for. */
  sex: Sex;
  /** Where this fact is stated: the source document and its lines. */
  source?: Maybe<SourceExcerpt>;
  /** The target value in the indicator's unit; asWritten keeps the wording, e.g. "Better than or equal to national average: 70.7%". */
  value: Scalars['Decimal']['output'];
};

/** Filters for the targets list; all given filters must match. */
export type TargetFilter = {
  /** Only targets for these areas (GSS codes). */
  areaCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only targets for these indicators. */
  indicatorCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only targets still applying on or after the start of this financial year, e.g. "2017/18". */
  periodFrom?: InputMaybe<Scalars['String']['input']>;
  /** Only targets applying on or before the end of this financial year, e.g. "2018/19". */
  periodTo?: InputMaybe<Scalars['String']['input']>;
  /** Only targets set by this organisation. */
  setById?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of targets. */
export type TargetPage = {
  __typename?: 'TargetPage';
  /** Whether items follow this page. */
  hasMore: Scalars['Boolean']['output'];
  /** The items on this page, in the list's order. */
  items: Array<Target>;
  /** The limit this page was asked with. */
  limit: Scalars['Int']['output'];
  /** The offset this page was asked with. */
  offset: Scalars['Int']['output'];
  /** How many items match in all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A start and end time on the 24-hour clock, as an agenda times an item. */
export type TimeSlot = {
  __typename?: 'TimeSlot';
  /** When the slot ends, e.g. "13:50". */
  end: Scalars['String']['output'];
  /** When the slot starts, e.g. "13:35". */
  start: Scalars['String']['output'];
};

/** Which way an area's values have moved over the latest periods. */
export type TrendDirection =
  /** Values are going down. */
  | 'DECREASING'
  /** Values are going up. */
  | 'INCREASING'
  /** Fewer than three periods have values. */
  | 'NOT_ENOUGH_DATA'
  /** No significant (or no material) change. */
  | 'NO_CHANGE';

/** Whether a trend is good news, by the indicator's polarity. */
export type TrendJudgement =
  /** Moving in the good direction. */
  | 'IMPROVING'
  /** No change, not enough data, or an indicator without polarity. */
  | 'NO_JUDGEMENT'
  /** Moving in the bad direction. */
  | 'WORSENING';

/** How a recent trend was decided. */
export type TrendMethod =
  /** A chi-squared test for trend on counts and denominators, significant at the 99.8% level. */
  | 'CHI_SQUARED_FOR_TREND'
  /** The least-squares slope of the values; a fitted change within 1% of the mean counts as no change. */
  | 'LEAST_SQUARES_SLOPE'
  /** Not enough data to decide. */
  | 'NONE';

/** Who a request speaks for: the organisation and scopes of its API key or signed token. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The partner organisation the identity speaks for. */
  organisation: Organisation;
  /** Who acts, as audit records name them: "key:<prefix>" or "token:<subject>". */
  principal: Scalars['String']['output'];
  /** What the identity may do: read:public, read:restricted, write:own, admin. */
  scopes: Array<Scalars['String']['output']>;
};

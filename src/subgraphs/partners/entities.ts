// GraphQL types of the partners subgraph. Resolvers return Prisma rows; relation fields are
// field resolvers backed by the per-request loaders.
import { DateResolver } from "graphql-scalars";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { AreaType, BoardKind, ContactDetailType, MembershipRole, Sector } from "../../generated/prisma/enums.ts";
import { RequiresScopeType } from "../../subgraph/access.ts";
import { Page } from "../../subgraph/pagination.ts";
import { Sourced } from "../../subgraph/provenance.ts";

registerEnumType(Sector, {
  name: "Sector",
  description: "The kind of body an organisation is.",
  valuesConfig: {
    LOCAL_AUTHORITY: { description: "A county, metropolitan or unitary council." },
    DISTRICT_COUNCIL: { description: "A district or borough council under a county." },
    COMBINED_AUTHORITY: { description: "A combined authority, e.g. West Midlands Combined Authority." },
    CCG: { description: "A clinical commissioning group (until 30 June 2022)." },
    ICB: { description: "An integrated care board (from 1 July 2022)." },
    NHS_TRUST: { description: "An NHS trust or foundation trust providing services." },
    NHS_NATIONAL_BODY: { description: "A national or regional NHS body, e.g. NHS England." },
    POLICE: { description: "A police force." },
    FIRE: { description: "A fire and rescue service." },
    HEALTHWATCH: { description: "A local Healthwatch." },
    VOLUNTARY_SECTOR: { description: "A charity or voluntary and community organisation." },
    UNIVERSITY: { description: "A university or college." },
    PARTNERSHIP: { description: "A partnership of bodies, e.g. a sustainability and transformation partnership." },
    GOVERNMENT: { description: "A government department or national regulator." },
    OTHER: { description: "Any other body, e.g. a private provider." },
  },
});

registerEnumType(AreaType, {
  name: "AreaType",
  description: "The ONS geography an area belongs to (its GSS code prefix in brackets).",
  valuesConfig: {
    COUNTRY: { description: "A country (E92)." },
    REGION: { description: "A region (E12)." },
    COUNTY: { description: "A county (E10)." },
    METROPOLITAN_DISTRICT: { description: "A metropolitan district (E08), e.g. Coventry." },
    NON_METROPOLITAN_DISTRICT: { description: "A non-metropolitan district (E07), e.g. Rugby." },
    UNITARY_AUTHORITY: { description: "A unitary authority (E06)." },
    WARD: { description: "An electoral ward (E05)." },
    ICB: { description: "An integrated care board area (E54)." },
    SUB_ICB: { description: "A sub-ICB location (E38), the former CCG areas." },
    POLICE_FORCE_AREA: { description: "A police force area (E23)." },
  },
});

registerEnumType(ContactDetailType, {
  name: "ContactDetailType",
  description: "Kinds of contact detail (Popolo ContactDetail types).",
  valuesConfig: {
    EMAIL: { description: "An e-mail address." },
    VOICE: { description: "A telephone number." },
  },
});

registerEnumType(MembershipRole, {
  name: "MembershipRole",
  description: "The role a person holds in a membership or post.",
  valuesConfig: {
    CHAIR: { description: "Chairs the board." },
    DEPUTY_CHAIR: { description: "Deputy chair." },
    VICE_CHAIR: { description: "Vice chair." },
    MEMBER: { description: "A voting or named member." },
    SUBSTITUTE: { description: "Attends in place of a member." },
    ADVISER: { description: "A non-voting adviser or officer supporting the board." },
    EMPLOYEE: { description: "Works for the organisation (membership of an organisation)." },
  },
});

@Directive('@key(fields: "code")')
@ObjectType({ description: "An ONS geography (ward, district, county, ICB area...) identified by its GSS code, or a ward the papers name without one." })
export class Area {
  @Field(() => ID, {
    description:
      "The area's code: its nine-character ONS GSS code (E08000026 for Coventry), or, for a ward whose GSS code the papers do not give, its district's GSS code and a slug of its name (E07000219/wem-brook). See gssCode.",
  })
  code!: string;

  @Field(() => String, { description: "The area's official name." })
  name!: string;

  @Field(() => AreaType, { description: "The kind of geography." })
  type!: AreaType;

  parentCode!: string | null;
}

@ObjectType({ description: "A scheme-tagged identifier of an organisation, valid for a period." })
export class OrganisationIdentifier {
  @Field(() => String, { description: 'The scheme: "ODS" (NHS), "GSS" (ONS), or an org-id.guide prefix such as "GB-LAE", "GB-CHC", "GB-COH".' })
  scheme!: string;

  @Field(() => String, { description: "The code within the scheme, e.g. QWU (the ICB's ODS code)." })
  code!: string;

  @Field(() => DateResolver, { nullable: true, description: "First day the code applied; null when not known." })
  validFrom!: Date | null;

  @Field(() => DateResolver, { nullable: true, description: "Last day the code applied; null while it still applies." })
  validTo!: Date | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A partner body: council, CCG or ICB, NHS trust, police, fire, Healthwatch, charity..." })
export class Organisation extends Sourced {
  @Field(() => ID, { description: "A stable slug, e.g. coventry-city-council." })
  id!: string;

  @Field(() => String, { description: "The organisation's full name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The abbreviation the papers use, e.g. UHCW." })
  shortName!: string | null;

  @Field(() => Sector, { description: "The kind of body." })
  sector!: Sector;

  parentId!: string | null;
  areaCode!: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A person named in the papers: a board member, officer or presenter." })
export class Person {
  @Field(() => ID, { description: "A stable slug, e.g. liz-gaulton." })
  id!: string;

  @Field(() => String, { description: "The person's name without honorific, e.g. Kamran Caan." })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Honorific or title as used in the papers, e.g. "Cllr", "Dr", "Prof".' })
  honorific!: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: "A committee of partners, such as a Health and Wellbeing Board." })
export class Board extends Sourced {
  @Field(() => ID, { description: "A stable slug, e.g. coventry-health-and-wellbeing-board." })
  id!: string;

  @Field(() => String, { description: "The board's name." })
  name!: string;

  @Field(() => BoardKind, { description: "What kind of body it is: a board, or a group such as a delivery group, commissioning board or forum." })
  kind!: BoardKind;

  reportsToId!: string | null;
  hostOrganisationId!: string | null;
  areaCode!: string | null;
}

/** How the papers date a membership, so an answer "as at" a day says what it rests on. */
export enum MembershipDating {
  DATED = "DATED",
  LISTED = "LISTED",
  UNDATED = "UNDATED",
}

registerEnumType(MembershipDating, {
  name: "MembershipDating",
  description: "What the papers say of when a membership held, and so on which days members(asAt:) answers it.",
  valuesConfig: {
    DATED: { description: "A start or end day is known (an appointment in the minutes): answered for the days they cover." },
    LISTED: { description: "Neither is known; a paper lists the membership on certain days (listedOn): answered only on those days." },
    UNDATED: { description: "Nothing dates it: answered only when no day is asked for." },
  },
});

registerEnumType(BoardKind, {
  name: "BoardKind",
  description: "What kind of body a board is.",
  valuesConfig: {
    BOARD: { description: "A board, e.g. a Health and Wellbeing Board." },
    COMMITTEE: { description: "A committee or sub-committee." },
    DELIVERY_GROUP: { description: "A delivery or working group that carries out part of the board's work." },
    COMMISSIONING_BOARD: { description: "A joint commissioning or transformation board." },
    FORUM: { description: "A forum or network meeting of partners or the public." },
    PARTNERSHIP: { description: "A partnership of organisations with its own meetings." },
    NETWORK: { description: "A network of practitioners or providers." },
    OTHER: { description: "Another kind of group." },
  },
});

@ObjectType({ description: "A seat on a board or in an organisation (a Popolo Post), e.g. the Chair." })
export class Post extends Sourced {
  @Field(() => ID, { description: "A stable slug for the seat." })
  id!: string;

  @Field(() => String, { description: "The seat's title as written." })
  label!: string;

  @Field(() => MembershipRole, { description: "The role the seat carries." })
  role!: MembershipRole;

  boardId!: string | null;
  organisationId!: string | null;
}

@RequiresScopeType("read:restricted")
@ObjectType({ description: "How to reach a named officer, as a paper prints it (a Popolo ContactDetail). Restricted: needs scope read:restricted." })
export class ContactDetail extends Sourced {
  @Field(() => ContactDetailType, { description: "An e-mail address or a telephone number." })
  type!: ContactDetailType;

  @Field(() => String, { description: 'The address or number as printed, e.g. "01632 960 001" (a fictional number).' })
  value!: string;

  organisationId!: string | null;
}

@ObjectType({ description: "Who a request speaks for: the organisation and scopes of its API key or signed token." })
export class Viewer {
  @Field(() => String, { description: 'Who acts, as audit records name them: "key:<prefix>" or "token:<subject>".' })
  principal!: string;

  @Field(() => [String], { description: "What the identity may do: read:public, read:restricted, write:own, admin." })
  scopes!: string[];

  organisationId!: string;
}

@ObjectType({ description: "A person's membership of a board or organisation for a period (a Popolo Membership)." })
export class Membership extends Sourced {
  @Field(() => ID, { description: "The membership's id." })
  id!: number;

  @Field(() => MembershipRole, { description: "The role held." })
  role!: MembershipRole;

  @Field(() => String, { nullable: true, description: 'The title as written, e.g. "Director of Public Health and Wellbeing".' })
  label!: string | null;

  @Field(() => DateResolver, { nullable: true, description: "First day of the membership; null when not known." })
  startDate!: Date | null;

  @Field(() => DateResolver, { nullable: true, description: "Last day of the membership; null while current." })
  endDate!: Date | null;

  @Field(() => [DateResolver], { description: "The days a paper lists the membership (a pack's date and its meeting's), for a membership whose start and end are not known." })
  listedOn!: Date[];

  personId!: string;
  boardId!: string | null;
  organisationId!: string | null;
  onBehalfOfId!: string | null;
  postId!: string | null;
}

@ObjectType({ description: "A page of organisations." })
export class OrganisationPage extends Page(Organisation) {}

@ObjectType({ description: "A page of people." })
export class PersonPage extends Page(Person) {}

// The one pagination style of the hub: offset and limit in, a page with the total out.
// Analysts can count and jump to any page; a limit above the maximum is refused, not trimmed.
import { badUserInput } from "./errors.ts";
import { ArgsType, type ClassType, Field, Int, ObjectType } from "type-graphql";

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `How many items to return (1 to ${MAX_PAGE_SIZE}).` })
  limit: number = DEFAULT_PAGE_SIZE;

  @Field(() => Int, { defaultValue: 0, description: "How many items to skip from the start of the ordered list." })
  offset: number = 0;
}

/** Checks the page arguments and returns Prisma's take/skip. */
export function pageWindow({ limit, offset }: PageArgs): { take: number; skip: number } {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw badUserInput(`limit must be between 1 and ${MAX_PAGE_SIZE}, got ${limit}`, "limit");
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw badUserInput(`offset must be 0 or more, got ${offset}`, "offset");
  }
  return { take: limit, skip: offset };
}

export interface PageOf<T> {
  items: T[];
  totalCount: number;
  limit: number;
  offset: number;
  hasMore: boolean;
}

export function toPage<T>(items: T[], totalCount: number, { limit, offset }: PageArgs): PageOf<T> {
  return { items, totalCount, limit, offset, hasMore: offset + items.length < totalCount };
}

/** A page type for an item type: `class OrganisationPage extends Page(Organisation) {}`. */
export function Page<T extends object>(itemType: ClassType<T>) {
  @ObjectType({ description: "A page of items." })
  abstract class PageType implements PageOf<T> {
    @Field(() => [itemType], { description: "The items on this page, in the list's order." })
    items!: T[];

    @Field(() => Int, { description: "How many items match in all pages." })
    totalCount!: number;

    @Field(() => Int, { description: "The limit this page was asked with." })
    limit!: number;

    @Field(() => Int, { description: "The offset this page was asked with." })
    offset!: number;

    @Field(() => Boolean, { description: "Whether items follow this page." })
    hasMore!: boolean;
  }
  return PageType;
}

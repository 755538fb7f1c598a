// Arguments checked once for every field of every subgraph, before any resolver runs: text that
// PostgreSQL cannot store (a NUL character; a lone UTF-16 surrogate, which would be silently
// replaced on the way to the database) and lists longer than MAX_LIST_LENGTH (a list filter
// becomes one query parameter per item, and PostgreSQL takes at most 65,535) are the client's
// errors, BAD_USER_INPUT naming the argument, never a database error.
import {
  defaultFieldResolver,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from "graphql";
import { badUserInput } from "./errors.ts";
import { translateFailure } from "./unavailable.ts";

/** The most items any list argument may hold (documented in docs/integrity.md). */
export const MAX_LIST_LENGTH = 1000;

/** Fields whose arguments come from the router, not from clients: entity representations. */
const routerFields = new Set(["_entities"]);

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What in the text cannot be stored, e.g. "a NUL character at position 4"; null when all can. */
export function unstorableText(text: string): string | null {
  const match = UNSTORABLE.exec(text);
  if (!match) return null;
  const code = match[0].charCodeAt(0);
  const what = code === 0 ? "a NUL character" : `a lone surrogate U+${code.toString(16).toUpperCase()}`;
  return `${what} at position ${match.index}`;
}

function checkText(text: string, path: string) {
  const problem = unstorableText(text);
  if (problem) throw badUserInput(`Argument "${path}" holds text that cannot be stored (${problem}).`, path);
}

/** Any JSON a scalar parsed (a dataset): every string and key checked, lists not bounded. */
function checkParsed(value: unknown, path: string) {
  if (typeof value === "string") return checkText(value, path);
  if (Array.isArray(value)) return value.forEach((item, i) => checkParsed(item, `${path}[${i}]`));
  if (value === null || typeof value !== "object" || Object.getPrototypeOf(value) !== Object.prototype) return;
  for (const [key, item] of Object.entries(value)) {
    checkText(key, path);
    checkParsed(item, `${path}.${key}`);
  }
}

function checkValue(type: GraphQLInputType, value: unknown, path: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(type.ofType, value, path);
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    if (items.length > MAX_LIST_LENGTH) {
      throw badUserInput(`Argument "${path}" holds ${items.length} items; at most ${MAX_LIST_LENGTH} are accepted.`, path);
    }
    return items.forEach((item, i) => checkValue(type.ofType, item, `${path}[${i}]`));
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) checkValue(field.type, (value as Record<string, unknown>)[field.name], `${path}.${field.name}`);
    return;
  }
  checkParsed(value, path);
}

export function checkArguments(args: readonly GraphQLArgument[], values: Record<string, unknown>): void {
  for (const arg of args) checkValue(arg.type, values[arg.name], arg.name);
}

/**
 * Wraps every resolver of the schema: arguments are checked before it runs (above), and a
 * database that cannot be reached is answered as SERVICE_UNAVAILABLE (unavailable.ts).
 */
export function guardResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      // Fields without a resolver of their own read a property of their parent: nothing to guard.
      if (!field.resolve && field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const checked = field.args.length > 0 && !routerFields.has(field.name);
      field.resolve = (source, args, context, info) => {
        if (checked) checkArguments(field.args, args);
        try {
          const result = resolve(source, args, context, info);
          return result instanceof Promise ? result.catch(translateFailure) : result;
        } catch (err) {
          return translateFailure(err);
        }
      };
    }
  }
  return schema;
}

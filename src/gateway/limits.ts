// Limits on every operation the gateway accepts, checked before any subgraph is called: depth,
// aliases and directives (graphql-armor's validation rules) and root fields (the hub's rule), as
// one validation plugin. Tokens and string lengths are in policy.ts; the cost is the engine's
// demand control (@cost/@listSize in the subgraphs' SDL); the time-out is the engine's upstream
// time-out. Each refusal is a GraphQL error with a stable `extensions.code`.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from "graphql";


export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  /** What a list without a `limit` argument (predecessors, children, members) is assumed to hold. */
  assumedListSize: number;
  maxStringLength: number;
  executionTimeoutMs: number;
}

/** The stable codes of the refusals, in `extensions.code`. */
export const LimitCode = {
  depth: "QUERY_TOO_DEEP",
  aliases: "TOO_MANY_ALIASES",
  rootFields: "TOO_MANY_ROOT_FIELDS",
  tokens: "TOO_MANY_TOKENS",
  directives: "TOO_MANY_DIRECTIVES",
  stringLength: "STRING_TOO_LONG",
} as const;


/** A refusal by one of the limits; formatError keeps its message and code even when masking. */
export class LimitError extends GraphQLError {
  constructor(message: string, code: string, status = 400) {
    super(message, { extensions: { code, http: { status } } });
  }
}

/** The LimitError behind an error as Apollo Server hands it to formatError (validation errors wrap it). */
export function limitErrorIn(error: unknown): LimitError | undefined {
  if (error instanceof LimitError) return error;
  const original = (error as { originalError?: unknown } | null)?.originalError;
  return original instanceof LimitError ? original : undefined;
}

/** Reports an armor rule's rejection as a LimitError (armor's own errors carry no code). */
function rejectAs(code: string, what: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(new LimitError(`${what}: ${error.message.replace(/^Syntax Error: /, "")}`, code));
      },
    ],
  };
}

function maxRootFieldsRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const keys = new Set<string>();
      rootResponseKeys(operation.selectionSet, context, new Set(), keys);
      if (keys.size > max) context.reportError(new LimitError(`Too many root fields: ${keys.size}, the limit is ${max}.`, LimitCode.rootFields));
    },
  });
}

/** The distinct response keys (alias or name) at the root: a repeated field is merged, so it counts once. */
function rootResponseKeys(set: SelectionSetNode, context: ValidationContext, seen: Set<string>, keys: Set<string>) {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) keys.add((selection.alias ?? selection.name).value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootResponseKeys(selection.selectionSet, context, seen, keys);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) rootResponseKeys(fragment.selectionSet, context, seen, keys);
    }
  }
}

/** Validation rules for depth, aliases, directives and root fields. */
export function limitValidationRules(limits: Limits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ...rejectAs(LimitCode.depth, "Query too deep") }) as unknown as ValidationRule,
    maxAliasesRule({ n: limits.maxAliases, ...rejectAs(LimitCode.aliases, "Too many aliases") }) as unknown as ValidationRule,
    maxDirectivesRule({ n: limits.maxDirectives, ...rejectAs(LimitCode.directives, "Too many directives") }) as unknown as ValidationRule,
    maxRootFieldsRule(limits.maxRootFields),
  ];
}

/** The validation rules above, added to the engine's validation. */
export function useLimitRules(limits: Limits): GatewayPlugin {
  const rules = limitValidationRules(limits);
  return {
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
      // A refused document answers HTTP 400 to every client, as before the engine (Yoga answers
      // the GraphQL-over-HTTP spec's 200 to application/json clients unless told otherwise).
      return ({ valid, result }) => {
        if (valid) return;
        for (const error of result) {
          const extensions = error.extensions as { http?: { spec?: boolean; status?: number } };
          extensions.http = { ...extensions.http, spec: false, status: 400 };
        }
      };
    },
  };
}

/** graphql-js stops parsing after this many tokens (policy.ts gives the refusal its code). */
export function parseOptions(limits: Limits) {
  return { maxTokens: limits.maxTokens };
}

// graphql-js 16 writes "more that N tokens"; accept the corrected spelling too.
const tokenMessage = /^Syntax Error: Document contains more (?:than|that) (\d+) tokens\. Parsing aborted\.$/;
export function isTokenLimitMessage(message: string): boolean {
  return tokenMessage.test(message);
}


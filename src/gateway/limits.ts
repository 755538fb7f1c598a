// Limits on every operation the gateway accepts, checked before any subgraph is called:
// tokens (while parsing), depth, aliases, directives and root fields (validation rules), the
// length of every string argument and an estimated cost (once the variables are known), and a
// time-out on execution. Each refusal is a GraphQL error with a stable `extensions.code`.
import type { ApolloServerPlugin } from "@apollo/server";
import type { GatewayExecutor } from "./executor.ts";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromASTUntyped,
  visit,
} from "graphql";


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
  cost: "QUERY_TOO_COSTLY",
  stringLength: "STRING_TOO_LONG",
  timeout: "EXECUTION_TIMEOUT",
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

/** graphql-js stops parsing after this many tokens; formatError gives the refusal its code. */
export function parseOptions(limits: Limits) {
  return { maxTokens: limits.maxTokens };
}

// graphql-js 16 writes "more that N tokens"; accept the corrected spelling too.
const tokenMessage = /^Syntax Error: Document contains more (?:than|that) (\d+) tokens\. Parsing aborted\.$/;
export function isTokenLimitMessage(message: string): boolean {
  return tokenMessage.test(message);
}

// ---- Estimated cost ------------------------------------------------------------------------

interface CostContext {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  fragments: Record<string, FragmentDefinitionNode>;
  fragmentCosts: Map<string, number>;
  assumedListSize: number;
}

function argumentValue(field: FieldNode, definition: GraphQLField<unknown, unknown>, name: string, variables: Record<string, unknown>): unknown {
  const node = field.arguments?.find((a) => a.name.value === name);
  if (node) return valueFromASTUntyped(node.value, variables);
  return definition.args.find((a) => a.name === name)?.defaultValue;
}

/**
 * How many times a field's selection runs per parent: its `limit` argument (or that argument's
 * default) when it has one; a list without one counts `assumedListSize`, except the `items` of a
 * page, already counted by the page's `limit`.
 */
function multiplier(field: FieldNode, definition: GraphQLField<unknown, unknown>, parent: GraphQLCompositeType, ctx: CostContext): number {
  if (definition.args.some((a) => a.name === "limit")) {
    const limit = Number(argumentValue(field, definition, "limit", ctx.variables));
    return Number.isFinite(limit) && limit > 0 ? limit : 1;
  }
  if (isListType(getNullableType(definition.type))) {
    return parent.name.endsWith("Page") && definition.name === "items" ? 1 : ctx.assumedListSize;
  }
  return 1;
}

function selectionCost(set: SelectionSetNode, parent: GraphQLCompositeType, ctx: CostContext): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) continue;
      const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
      const definition = fields[selection.name.value];
      if (!definition) continue;
      const type = getNamedType(definition.type);
      const inner = selection.selectionSet && isCompositeType(type) ? selectionCost(selection.selectionSet, type, ctx) : 0;
      cost += multiplier(selection, definition, parent, ctx) * (1 + inner);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? ctx.schema.getType(selection.typeCondition.name.value) : parent;
      if (type && isCompositeType(type)) cost += selectionCost(selection.selectionSet, type, ctx);
    } else {
      const name = selection.name.value;
      // Validation has refused cycles; a fragment's cost does not depend on where it is spread.
      let fragmentCost = ctx.fragmentCosts.get(name);
      if (fragmentCost === undefined) {
        const fragment = ctx.fragments[name];
        const type = fragment && ctx.schema.getType(fragment.typeCondition.name.value);
        fragmentCost = type && isCompositeType(type) ? selectionCost(fragment.selectionSet, type, ctx) : 0;
        ctx.fragmentCosts.set(name, fragmentCost);
      }
      cost += fragmentCost;
    }
  }
  return cost;
}

/** A document's fragment definitions by name. */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return fragments;
}

/** The estimated cost of an operation: every field counts 1, times the list sizes around it. */
export function estimateCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> = {},
  assumedListSize = 10,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return selectionCost(operation.selectionSet, root, { schema, variables, fragments, fragmentCosts: new Map(), assumedListSize });
}

function longestString(value: unknown, depth = 0): number {
  if (typeof value === "string") return value.length;
  if (depth > 20 || value === null || typeof value !== "object") return 0;
  let longest = 0;
  for (const v of Array.isArray(value) ? value : Object.values(value)) longest = Math.max(longest, longestString(v, depth + 1));
  return longest;
}

/** Variables whose type is a JSON scalar (importDataset's dataset) carry documents, not arguments. */
function isJsonVariable(type: ValueNode | { kind: string; type?: unknown; name?: { value: string } }): boolean {
  let t = type as { kind: string; type?: unknown; name?: { value: string } };
  while (t.kind !== Kind.NAMED_TYPE) t = t.type as typeof t;
  return t.name!.value.startsWith("JSON");
}

/** Checks string lengths and the estimated cost once the operation and its variables are known. */
export function costLimitPlugin(limits: Limits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          // Strings in the document itself.
          visit(document, {
            StringValue(node) {
              if (node.value.length > limits.maxStringLength) {
                throw new LimitError(`A string argument is ${node.value.length} characters long; the limit is ${limits.maxStringLength}.`, LimitCode.stringLength);
              }
            },
          });
          const variables = request.variables ?? {};
          for (const definition of operation.variableDefinitions ?? []) {
            if (isJsonVariable(definition.type)) continue;
            const length = longestString(variables[definition.variable.name.value]);
            if (length > limits.maxStringLength) {
              throw new LimitError(`Variable $${definition.variable.name.value} holds a string ${length} characters long; the limit is ${limits.maxStringLength}.`, LimitCode.stringLength);
            }
          }
          const cost = estimateCost(schema, operation, fragmentsOf(document), variables, limits.assumedListSize);
          if (cost > limits.maxCost) {
            throw new LimitError(
              `Query too costly: estimated cost ${cost}, the limit is ${limits.maxCost} (each field counts 1, times the limit of each list around it; lists without a limit count ${limits.assumedListSize}).`,
              LimitCode.cost,
            );
          }
        },
      };
    },
  };
}

// ---- Execution time-out --------------------------------------------------------------------

/** Wraps an executor so that an operation running longer than `ms` is answered with EXECUTION_TIMEOUT. */
export function withTimeout(executor: GatewayExecutor, ms: number): GatewayExecutor {
  return async (requestContext) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<{ errors: GraphQLError[] }>((resolve) => {
      timer = setTimeout(
        () => resolve({ errors: [new LimitError(`The operation did not finish within ${ms} ms and was abandoned.`, LimitCode.timeout, 504)] }),
        ms,
      );
    });
    try {
      return await Promise.race([executor(requestContext), timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}


// The gateway's executor, wrapped: Apollo Server calls it once per operation after parsing and
// validation, which is where the hub enforces what happens around the query plan (field
// authorization, the execution time-out).
import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";

export type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
export type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface["load"]>>["executor"]>;

/** The gateway with every executor it hands Apollo Server passed through `wrap` (innermost first). */
export function wrapExecutor(gateway: GatewayInterface, ...wrappers: ((executor: GatewayExecutor) => GatewayExecutor)[]): GatewayInterface {
  return {
    async load(options) {
      const loaded = await gateway.load(options);
      const executor = loaded.executor && wrappers.reduce((inner, wrap) => wrap(inner), loaded.executor);
      return { ...loaded, executor };
    },
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
  };
}

// Requests per identity over a fixed window, counted in memory by rate-limiter-flexible: per key
// or token (its principal and organisation, as audit records name it), or per client address for
// a request without one. A request is counted as its context is built, once its credential is
// resolved (for a key, its one lookup by hash) and before its operation is parsed, planned or run:
// a refused request runs none of the operation's SQL.
import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { IncomingMessage } from "node:http";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { auditActor, type Identity } from "../access/identity.ts";

export interface RateLimit {
  /** Requests allowed per window and caller; 0 turns the limit off. */
  requests: number;
  windowSeconds: number;
}

export const rateLimited = "RATE_LIMITED";

/** Who a request is counted against: "key:pgk_3f9a1c2e:uhcw", "token:<subject>:<organisation>" or "address 203.0.113.7". */
export const callerOf = (identity: Identity | null, req: IncomingMessage) => (identity ? auditActor(identity) : `address ${req.socket.remoteAddress ?? "unknown"}`);

/** Counts one request for a caller; over the limit, throws RATE_LIMITED (HTTP 429 with Retry-After). Null when the limit is off. */
export function rateLimiter({ requests, windowSeconds }: RateLimit): ((caller: string) => Promise<void>) | null {
  if (!requests) return null;
  const limiter = new RateLimiterMemory({ points: requests, duration: windowSeconds });
  return async (caller) => {
    try {
      await limiter.consume(caller);
    } catch (refused) {
      if (!(refused instanceof RateLimiterRes)) throw refused;
      const retryAfter = Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
      throw new GraphQLError(`Rate limit reached: at most ${requests} requests every ${windowSeconds} seconds for ${caller}; retry after ${retryAfter} seconds.`, {
        extensions: { code: rateLimited, http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfter)]]) } },
      });
    }
  };
}

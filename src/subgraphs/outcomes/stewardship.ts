// Stewardship: each indicator's official series belongs to its steward. Figures other partners
// push are stored PROPOSED (dataset.ts, stampMeasurements) and join the official series only when
// the steward or an admin accepts them here. The acceptance is recorded on the figure itself
// (acceptedBy, acceptedAt: who and when, as audit records name them); a dry run checks exactly
// what the acceptance would and answers the figure as it would be, writing nothing.
import { GraphQLError } from "graphql";
import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { auditActor, hasScope } from "../../access/identity.ts";
import { RequiresScope } from "../../subgraph/access.ts";
import { Measurement } from "./entities.ts";
import { type OutcomesContext, visibleMeasurements } from "./loaders.ts";

const refused = (message: string, code = "FORBIDDEN") => new GraphQLError(message, { extensions: { code } });

@Resolver()
export class StewardshipResolver {
  @RequiresScope("write:own")
  @Mutation(() => Measurement, {
    description:
      "Accepts a PROPOSED figure (another partner's) into its indicator's official series: it becomes ACCEPTED and may be the latest value and set the status against target. Only the indicator's steward (scope write:own) or an admin may accept; the figure records who accepted it and when. With dryRun, everything is checked and the figure is answered as it would be, but nothing is written.",
  })
  async acceptMeasurement(
    @Arg("id", () => ID, { description: "The proposed measurement's id." }) id: string,
    @Arg("dryRun", () => Boolean, { defaultValue: false, description: "Check and answer without writing anything." }) dryRun: boolean,
    @Ctx() ctx: OutcomesContext,
  ) {
    const identity = ctx.request.identity!;
    const number = /^\d{1,9}$/.test(id.trim()) ? Number(id.trim()) : null;
    // A figure the caller may not read is answered as one that does not exist: no probing.
    const figure = number === null ? null : await ctx.writer.measurement.findFirst({ where: { AND: [visibleMeasurements(ctx.request), { id: number }] }, include: { indicator: { select: { stewardId: true } } } });
    if (!figure) throw refused(`There is no measurement ${id} you can see: nothing was accepted`, "BAD_USER_INPUT");
    const { indicator, ...measurement } = figure;
    if (!hasScope(identity, "admin") && indicator.stewardId !== identity.organisationId) {
      throw refused(`Only the steward of ${measurement.indicatorCode} (${indicator.stewardId ?? "none recorded"}) or an admin may accept its figures, not ${identity.organisationId}: nothing was accepted`);
    }
    if (measurement.standing !== "PROPOSED") throw refused(`Measurement ${id} is ${measurement.standing}, not PROPOSED: nothing to accept`, "BAD_USER_INPUT");
    const accepted = { standing: "ACCEPTED" as const, acceptedBy: auditActor(identity), acceptedAt: new Date() };
    if (dryRun) return { ...measurement, ...accepted };
    // Only the figure as checked: a change pushed meanwhile is proposed afresh and must be accepted again.
    const { count } = await ctx.writer.measurement.updateMany({ where: { id: measurement.id, standing: "PROPOSED", value: measurement.value }, data: accepted });
    if (!count) throw refused(`Measurement ${id} changed while it was being accepted: nothing was accepted; look at it again`, "BAD_USER_INPUT");
    return ctx.writer.measurement.findUniqueOrThrow({ where: { id: measurement.id } });
  }
}

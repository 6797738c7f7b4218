using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Rules;

/// <summary>
/// Power of a site's own, in megawatts, apart from GPU watts: planned, under construction and online, rolled up to the
/// actors above the site as its GPUs are.
/// </summary>
internal static class PowerRules
{
    public static void Apply(ActorBook site, PowerPlanned e, ApplyContext context) =>
        Change(site, Stages.Of(site.Power).Plan(e.Power), context);

    public static void Apply(ActorBook site, PowerDeployed e, ApplyContext context) =>
        Change(site, Stages.Of(site.Power).Deploy(e.Power, e.Status), context);

    /// <summary>The power plan becomes <paramref name="power"/>; never below what is under construction or online.</summary>
    public static void Restate(ActorBook site, Figure power, ApplyContext context)
    {
        var stages = Stages.Of(site.Power);
        if (power.Point < stages.Started)
        {
            throw new RuleViolationException(context.EventSeq,
                $"{site.Profile.Name}'s power plan cannot be restated to {Format.Power(power.Point)}: {CapacityRules.Started(stages, Format.Power)} already");
        }

        Change(site, stages.Restate(power), context);
        site.Note(context, "restated", $"{site.Profile.Name} restates its power plan to {power.Render(Format.Power)}");
    }

    public static void Apply(ActorBook target, PowerRolledUp p, ApplyContext context)
    {
        target.RolledUpPowerSites[p.Site] = p.Line;
        target.RolledUpPower = target.RolledUpPowerSites.Values.Aggregate(default(Stages), (total, line) => total.Plus(Stages.Of(line))).ToPower();
        CommitmentRules.CapacityOnline(target, ReleaseUnit.Megawatts, p.Online, context);
    }

    private static void Change(ActorBook site, Stages after, ApplyContext context)
    {
        var before = Stages.Of(site.Power);
        var line = after.ToPower();
        site.Power = line;
        var online = after.Online.Value - before.Online.Value;
        foreach (var target in context.World.RollupTargets(site.Id))
        {
            context.Send(target, new PowerRolledUp(site.Id, after.Planned.Value - before.Planned.Value, after.Building.Value - before.Building.Value, online, line));
        }

        CommitmentRules.CapacityOnline(site, ReleaseUnit.Megawatts, online, context);
    }
}

using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Metrics;

namespace MarketActors.Domain.Rules;

/// <summary>
/// GPU plans and deployments at sites, rolled up to the projects, operators and owners above them; data-centre
/// plans and milestones. Power of a site's own follows in <see cref="PowerRules"/>.
/// </summary>
internal static class CapacityRules
{
    public static void Apply(ActorBook site, GpusPlanned e, ApplyContext context) =>
        Change(site, e.Gpu, Stages.Of(site.Capacity.GetValueOrDefault(e.Gpu)).Plan(e.Count), context);

    public static void Apply(ActorBook site, GpusDeployed e, ApplyContext context) =>
        Change(site, e.Gpu, Stages.Of(site.Capacity.GetValueOrDefault(e.Gpu)).Deploy(e.Count, e.Status), context);

    public static void Apply(ActorBook site, CapacityRestated e, ApplyContext context)
    {
        if (e.Power is { } power)
        {
            PowerRules.Restate(site, power, context);
            return;
        }

        var gpu = e.Gpu ?? GpuModel.Unstated;
        var stages = Stages.Of(site.Capacity.GetValueOrDefault(gpu));
        var count = e.Count!.Value;
        if (count.Point < stages.Started)
        {
            var what = gpu == GpuModel.Unstated ? "GPUs of no stated model" : gpu;
            throw new RuleViolationException(context.EventSeq,
                $"{site.Profile.Name}'s plan of {what} cannot be restated to {Format.Number(count.Point, 0)}: {Started(stages, v => Format.Number(v, 0))} already");
        }

        Change(site, gpu, stages.Restate(count), context);
        site.Note(context, "restated", e.Describe(context.World));
    }

    public static void Apply(ActorBook target, CapacityRolledUp p, ApplyContext context)
    {
        if (!target.RolledUpSites.TryGetValue(p.Gpu, out var sites))
        {
            target.RolledUpSites[p.Gpu] = sites = new SortedDictionary<ActorId, CapacityLine>(ActorId.Comparer);
        }

        sites[p.Site] = p.Line ?? (sites.GetValueOrDefault(p.Site) ?? new CapacityLine(p.Gpu, 0, 0, 0)).Add(p.Planned, p.Building, p.Online);
        var sum = sites.Values.Aggregate(default(Stages), (total, line) => total.Plus(Stages.Of(line)));
        target.RolledUp[p.Gpu] = sum.ToLine(p.Gpu);
        CommitmentRules.CapacityOnline(target, ReleaseUnit.Gpus, p.Online, context);
    }

    public static void Apply(ActorBook project, DatacentersPlanned e, ApplyContext context)
    {
        project.Figures[Metric.DatacentersPlanned] = e.Count.Point;
        project.DatacenterRegions = e.Breakdown;
        project.Note(context, "datacenters", e.Describe(context.World));
    }

    public static void Apply(ActorBook project, MilestoneSet e, ApplyContext context) =>
        project.Note(context, "milestone", e.Describe(context.World));

    /// <summary>What has started of a plan, for a refusal: "100,000 online and 20,000 under construction".</summary>
    internal static string Started(Stages stages, Func<decimal, string> format)
    {
        var parts = new List<string>();
        if (stages.Online.Value > 0)
        {
            parts.Add($"{format(stages.Online.Value)} online");
        }

        if (stages.Building.Value > 0)
        {
            parts.Add($"{format(stages.Building.Value)} under construction");
        }

        return string.Join(" and ", parts);
    }

    private static void Change(ActorBook site, string gpu, Stages after, ApplyContext context)
    {
        var before = Stages.Of(site.Capacity.GetValueOrDefault(gpu));
        var line = after.ToLine(gpu);
        site.Capacity[gpu] = line;
        var planned = after.Planned.Value - before.Planned.Value;
        var building = after.Building.Value - before.Building.Value;
        var online = after.Online.Value - before.Online.Value;
        foreach (var target in context.World.RollupTargets(site.Id))
        {
            context.Send(target, new CapacityRolledUp(site.Id, gpu, planned, building, online) { Line = line });
        }

        CommitmentRules.CapacityOnline(site, ReleaseUnit.Gpus, online, context);
    }
}

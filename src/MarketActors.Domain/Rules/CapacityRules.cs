using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Metrics;

namespace MarketActors.Domain.Rules;

/// <summary>
/// GPU plans and deployments at sites, rolled up to the projects, operators and owners above them; data-centre
/// plans and milestones.
/// </summary>
internal static class CapacityRules
{
    public static void Apply(ActorBook site, GpusPlanned e, ApplyContext context) =>
        Change(site, e.Gpu, planned: e.Count.Point, building: 0, online: 0, context);

    public static void Apply(ActorBook site, GpusDeployed e, ApplyContext context)
    {
        var line = site.Capacity.GetValueOrDefault(e.Gpu) ?? new CapacityLine(e.Gpu, 0, 0, 0);
        var count = e.Count.Point;
        var notStarted = line.Planned - line.Building - line.Online;
        if (e.Status == GpuStatus.Online)
        {
            // Online GPUs come from those being built first, then from the plan; any beyond enlarge the plan.
            var fromBuilding = Math.Min(count, line.Building);
            var fromPlan = Math.Min(count - fromBuilding, notStarted);
            var beyond = count - fromBuilding - fromPlan;
            Change(site, e.Gpu, planned: beyond, building: -fromBuilding, online: count, context);
        }
        else
        {
            var fromPlan = Math.Min(count, notStarted);
            Change(site, e.Gpu, planned: count - fromPlan, building: count, online: 0, context);
        }
    }

    public static void Apply(ActorBook target, CapacityRolledUp p)
    {
        var line = target.RolledUp.GetValueOrDefault(p.Gpu) ?? new CapacityLine(p.Gpu, 0, 0, 0);
        target.RolledUp[p.Gpu] = line.Add(p.Planned, p.Building, p.Online);
    }

    public static void Apply(ActorBook project, DatacentersPlanned e, ApplyContext context)
    {
        project.Figures[Metric.DatacentersPlanned] = e.Count.Point;
        project.DatacenterRegions = e.Breakdown;
        project.Note(context, "datacenters", e.Describe(context.World));
    }

    public static void Apply(ActorBook project, MilestoneSet e, ApplyContext context) =>
        project.Note(context, "milestone", e.Describe(context.World));

    private static void Change(ActorBook site, string gpu, decimal planned, decimal building, decimal online, ApplyContext context)
    {
        var line = site.Capacity.GetValueOrDefault(gpu) ?? new CapacityLine(gpu, 0, 0, 0);
        site.Capacity[gpu] = line.Add(planned, building, online);
        foreach (var target in context.World.RollupTargets(site.Id))
        {
            context.Send(target, new CapacityRolledUp(site.Id, gpu, planned, building, online));
        }
    }
}

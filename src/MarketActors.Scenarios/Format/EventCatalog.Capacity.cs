using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;
using static MarketActors.Scenarios.Format.FieldSpec;
using F = MarketActors.Scenarios.Format.FieldType;

namespace MarketActors.Scenarios.Format;

/// <summary>Data centres, GPUs and power: planned, restated, built and online.</summary>
public static partial class EventCatalog
{
    private static ImmutableArray<EventSpec> Capacity() =>
    [
        new("datacenters-planned", "A project sets how many data centres it plans, with an optional breakdown by region.",
            [Need("project", F.Actor, "The project.", P, C), Need("count", F.Count, "Data centres planned in all."), May("region", F.Text, "Where (United States)."), May("of-which", F.RegionCounts, "Regions within it ({ Texas: 10 }).")],
            v => new DatacentersPlanned(v.Actor("project"), v.Figure("count"), v.MaybeText("region"), v.Regions("of-which")))
        {
            Example = "{ at: 2025-01-21, type: datacenters-planned, project: stargate, count: 20, region: United States, of-which: { Texas: 10 }, source: herald#F09 }",
        },
        new("milestone-set", "A project sets an expected date for a milestone.",
            [Need("project", F.Actor, "The project.", P, C), Need("milestone", F.Text, "What is expected."), Need("expected", F.Date, "When (mid-2026).")],
            v => new MilestoneSet(v.Actor("project"), v.Text("milestone"), v.Date("expected").Date, v.Date("expected").Label))
        {
            Example = "{ at: 2025-01-21, type: milestone-set, project: stargate, milestone: first data centre operational, expected: mid-2026, source: herald#F03 }",
        },
        new("gpus-planned", "A site adds GPUs of one catalog model, or of a model the source does not state, to its plan. Rolls up to the site's parent, operator and owner.",
            [Need("site", F.Actor, "The project or company holding the GPUs.", P, C), May("gpu", F.Gpu, UnstatedGpu), Need("count", F.Count, "How many."), May("online-by", F.Date, "When they are due.")],
            v => new GpusPlanned(v.Actor("site"), v.MaybeText("gpu") ?? GpuModel.Unstated, v.Figure("count"), v.MaybeDateLabel("online-by")))
        {
            Example = "{ at: 2025-01-21, type: gpus-planned, site: abilene, gpu: GB300, count: 200k, source: herald#F12 }",
        },
        new("gpus-deployed", "GPUs move forward at a site: to under construction, or online. They come out of the plan; any beyond it enlarge it.",
            [Need("site", F.Actor, "The project or company holding the GPUs.", P, C), May("gpu", F.Gpu, UnstatedGpu), Need("count", F.Count, "How many."), Choose("status", "online, or under-construction.", "online", "under-construction")],
            v => new GpusDeployed(v.Actor("site"), v.MaybeText("gpu") ?? GpuModel.Unstated, v.Figure("count"), Status(v)))
        {
            Example = "{ at: 2025-01-21, type: gpus-deployed, site: abilene, gpu: GB200, count: 100k, source: herald#F12 }",
        },
        new("power-planned", "A site adds power of its own to its plan, in MW or GW, apart from the watts of any GPUs. Rolls up to the site's parent, operator and owner.",
            [Need("site", F.Actor, "The project or company whose power it is.", P, C), Need("power", F.Power, "How much (1.2 GW, 200 MW)."), May("online-by", F.Date, "When it is due.")],
            v => new PowerPlanned(v.Actor("site"), v.Figure("power"), v.MaybeDateLabel("online-by")))
        {
            Example = "{ at: 2025-01-21, type: power-planned, site: abilene, power: 1.2 GW, online-by: mid-2026, source: report#p2 }",
        },
        new("power-deployed", "Power of a site's own moves forward: to under construction, or online. It comes out of the power plan; any beyond it enlarges it.",
            [Need("site", F.Actor, "The project or company whose power it is.", P, C), Need("power", F.Power, "How much (200 MW)."), Choose("status", "online, or under-construction.", "online", "under-construction")],
            v => new PowerDeployed(v.Actor("site"), v.Figure("power"), Status(v)))
        {
            Example = "{ at: 2025-09-30, type: power-deployed, site: abilene, power: 200 MW, source: report#p5 }",
        },
        new("capacity-restated", "A site restates a plan to a new total: its plan of one GPU model (count:, with gpu: unless the model is not stated), or its power plan (power:). The total replaces the plan, up or down, but never below what is already under construction or online.",
            [Need("site", F.Actor, "The project or company whose plan it is.", P, C), May("gpu", F.Gpu, "The GPU model whose plan is restated; leave it out for GPUs of no stated model."), May("count", F.Count, "The new total of GPUs planned, online ones included."), May("power", F.Power, "The new total of power planned, online power included.")],
            v => new CapacityRestated(v.Actor("site"), v.Has("power") ? null : v.MaybeText("gpu") ?? GpuModel.Unstated, v.MaybeFigure("count"), v.MaybeFigure("power")))
        {
            Check = v => v.Has("gpu") && v.Has("power")
                ? [("gpu", "gpu: goes with count:; a power plan has no GPU model")]
                : Either(v, ("count", null), "power"),
            Example = "{ at: 2025-06-01, type: capacity-restated, site: abilene, power: 1.5 GW, source: report#p4 }",
        },
    ];

    private const string UnstatedGpu = "The model, from the catalog; leave it out when the source gives none (200,000 GPUs): they count as GPUs, and add nothing to H100e, PFLOPS or MW.";

    private static GpuStatus Status(FieldValues v) => v.Choice("status", "online") == "online" ? GpuStatus.Online : GpuStatus.UnderConstruction;
}

namespace MarketActors.Scenarios.Format;

/// <summary>What a field of a scenario file holds, which decides how it is read and documented.</summary>
public enum FieldType
{
    /// <summary>One actor's id.</summary>
    Actor,

    /// <summary>A list of actor ids.</summary>
    ActorList,

    /// <summary>A mapping of actor id to an amount of money (<c>{ morgan-stanley: 3.5B }</c>).</summary>
    ActorMoney,

    /// <summary>A mapping of actor id to a percentage (<c>{ musk: 79% }</c>).</summary>
    ActorShares,

    /// <summary>An actor's or a person's id.</summary>
    Party,

    /// <summary>US dollars, possibly qualified (<c>500B</c>, <c>&lt; 10B</c>, <c>up to 3B</c>, <c>~5.5M</c>).</summary>
    Money,

    /// <summary>A whole count, possibly qualified (<c>100k</c>, <c>1M+</c>).</summary>
    Count,

    /// <summary>A percentage (<c>79%</c>).</summary>
    Percent,

    /// <summary>A price as a share of face, or a range of them (<c>92%</c>, <c>97c</c>, <c>par</c>, <c>90%..95%</c>).</summary>
    PercentRange,

    /// <summary>A signed relative change (<c>-10%</c>).</summary>
    Change,

    /// <summary>A date (<c>2025-01-21</c>, <c>mid-2026</c>).</summary>
    Date,

    /// <summary>A duration (<c>4y</c>).</summary>
    Duration,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>A kebab-case key.</summary>
    Slug,

    /// <summary>true or false.</summary>
    Bool,

    /// <summary>One of a fixed set of words.</summary>
    Choice,

    /// <summary>A mapping of region to count (<c>{ Texas: 10 }</c>).</summary>
    RegionCounts,

    /// <summary>A list of event ids.</summary>
    EventIds,

    /// <summary>One event's id.</summary>
    EventRef,

    /// <summary>A list of entries, each a mapping with fields of its own (<see cref="FieldSpec.Entries"/>).</summary>
    Entries,

    /// <summary>A GPU model from the catalog.</summary>
    Gpu,

    /// <summary>An area (<c>875 acres</c>).</summary>
    Area,

    /// <summary>
    /// A mapping of the figure fields of the event another field names to new values (<c>{ training-cost: 1.6B }</c>),
    /// each read as that event's field is, once every event has been read.
    /// </summary>
    Figures,

    /// <summary>A plain number above zero (<c>0.989</c>); the section that reads it converts and checks it.</summary>
    Number,

    /// <summary>Power in megawatts, possibly qualified (<c>1.2 GW</c>, <c>200 MW</c>, <c>up to 5 GW</c>, <c>1..2 GW</c>).</summary>
    Power,
}

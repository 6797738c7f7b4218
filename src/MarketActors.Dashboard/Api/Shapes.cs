using MarketActors.Contracts;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;
using MarketActors.Domain.Values;
using MarketActors.Reporting;

namespace MarketActors.Dashboard.Api;

/// <summary>
/// The JSON shapes of the HTTP API (see docs/http-api.md): plain names, money and counts as exact JSON numbers,
/// dates as ISO strings, actors by id with their names beside.
/// </summary>
internal static class Shapes
{
    public static object Run(RunInfo info, RunStatus status) => new { info = Info(info), status = Status(status) };

    public static object Info(RunInfo i) => new
    {
        runId = i.RunId,
        scenarioId = i.ScenarioId,
        title = i.Title,
        source = i.Source,
        seed = i.Seed,
        actors = i.Actors,
        events = i.Events,
        ticks = i.Ticks,
        first = i.First,
        last = i.Last,
        created = i.Created,
    };

    public static object Status(RunStatus s) => new
    {
        state = StateName(s.State),
        ticksDone = s.TicksDone,
        ticksTotal = s.TicksTotal,
        at = s.At,
        error = s.Error,
        errorEventSeq = s.ErrorEventSeq >= 0 ? s.ErrorEventSeq : (int?)null,
        pace = new { virtualDaysPerSecond = s.Pace.VirtualDaysPerSecond, asFastAsPossible = s.Pace.IsAsFastAsPossible, text = s.Pace.ToString() },
        seq = s.Seq,
        finished = s.IsFinished,
    };

    public static string StateName(RunState state) => state.ToString().ToLowerInvariant();

    public static object Event(TimelineEntry e, int tick, World world) => new
    {
        seq = e.Seq,
        tick,
        date = e.At,
        dateAsWritten = e.DateLabel,
        type = e.Type,
        id = e.Id,
        description = e.Description,
        sources = e.Sources,
        note = e.Note,
        deltas = e.Deltas.Select(d => new { actor = d.Actor.Value, metric = d.Metric, change = d.Change, after = d.After }),
        summary = ChangeSummary.ByActor(e, world).Select(l => new { actor = l.Id.Value, name = l.Actor, changes = l.Changes }),
    };

    public static object Tick(TickRecord t, World world) => new
    {
        index = t.Index,
        at = t.At,
        supersteps = t.Supersteps,
        events = t.Timeline.Select(e => Event(e, t.Index, world)),
        series = t.Series.Select(p => new { actor = p.Actor.Value, metric = p.Metric, date = p.At, value = p.Value }),
        ledger = t.Ledger.Select(r => new
        {
            date = r.At,
            eventSeq = r.EventSeq,
            entryId = r.EntryId,
            actor = r.Actor.Value,
            book = r.Book,
            account = r.Account,
            amount = r.Amount,
            counterparty = r.Counterparty?.Value,
            memo = r.Memo,
        }),
    };

    public static object Profile(ActorProfile a, IReadOnlyDictionary<string, decimal>? metrics) => new
    {
        id = a.Id.Value,
        name = a.Name,
        kind = a.Kind.ToString().ToLowerInvariant(),
        parent = a.Parent?.Value,
        @operator = a.Operator?.Value,
        owner = a.Owner?.Value,
        partners = a.Partners.Select(p => p.Value),
        facts = a.Facts.Select(f => new { key = f.Key, value = f.Value }),
        metrics,
    };

    public static object Actor(string runId, ActorView v, bool current, World world) => new
    {
        runId,
        actor = v.Actor.Value,
        name = v.Name,
        kind = v.Kind.ToString().ToLowerInvariant(),
        at = v.At,
        current,
        metrics = Values(v.Metrics),
        balances = Values(v.Balances),
        memo = Values(v.Memo),
        books = v.Books is { } b ? Books(b, world) : null,
    };

    public static Dictionary<string, decimal> Values(IEnumerable<KeyValuePair<string, decimal>> values) =>
        values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    public static object? Figure(Figure? figure, MetricUnit unit) => figure is { } f
        ? new { low = f.Low, high = f.High, bound = f.Bound.ToString().ToLowerInvariant(), point = f.Point, text = f.Render(v => Format.Value(v, unit)) }
        : null;

    private static object Books(ActorSnapshot b, World world) => new
    {
        valuation = b.Valuation,
        holders = b.Holders.Select(h => new { actor = h.Actor.Value, name = world.NameOf(h.Actor), share = h.Value }),
        stakes = b.Stakes.Select(h => new { actor = h.Actor.Value, name = world.NameOf(h.Actor), share = h.Value }),
        debtOwed = b.DebtOwed.Select(h => new { actor = h.Actor.Value, name = world.NameOf(h.Actor), face = h.Value }),
        debtPrice = Figure(b.DebtPrice, MetricUnit.Fraction),
        debtHeld = b.DebtHeld.Select(h => new
        {
            actor = h.Actor.Value,
            name = world.NameOf(h.Actor),
            face = h.Value,
            price = Figure(b.DebtHeldPrices.Where(p => p.Key == h.Actor).Select(p => (Figure?)p.Value).FirstOrDefault(), MetricUnit.Fraction),
        }),
        capacity = b.Capacity.Select(Line),
        rolledUp = b.RolledUp.Select(Line),
        power = Power(b.Power),
        rolledUpPower = Power(b.RolledUpPower),
        datacenterRegions = b.DatacenterRegions.Select(r => new { region = r.Region, count = r.Count }),
        records = b.Records.Select(r => new { eventSeq = r.EventSeq, date = r.At, kind = r.Kind, text = r.Text }),
    };

    /// <summary>A GPU line: the exact figures, and each as stated when it is not exact.</summary>
    private static object Line(Domain.Books.CapacityLine c) => new
    {
        gpu = c.Gpu,
        planned = c.Planned,
        underConstruction = c.Building,
        online = c.Online,
        plannedStated = Figure(c.PlannedStated, MetricUnit.Gpus),
        underConstructionStated = Figure(c.BuildingStated, MetricUnit.Gpus),
        onlineStated = Figure(c.OnlineStated, MetricUnit.Gpus),
    };

    /// <summary>A site's own power, in MW, with each figure as stated when it is not exact.</summary>
    private static object? Power(Domain.Books.PowerLine? p) => p is null ? null : new
    {
        planned = p.Planned,
        underConstruction = p.Building,
        online = p.Online,
        plannedStated = Figure(p.PlannedStated, MetricUnit.Megawatts),
        underConstructionStated = Figure(p.BuildingStated, MetricUnit.Megawatts),
        onlineStated = Figure(p.OnlineStated, MetricUnit.Megawatts),
    };
}

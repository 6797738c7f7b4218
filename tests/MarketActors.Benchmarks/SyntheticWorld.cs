using System.Collections.Immutable;
using System.Globalization;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;

namespace MarketActors.Benchmarks;

/// <summary>
/// A large world for measuring: companies, funds (valued at NAV, so marks cascade through them), projects with
/// parents and operators, and a year of events over them. Deterministic: the same size gives the same world.
/// </summary>
internal static class SyntheticWorld
{
    public static RunPlan Build(int companies, int funds, int projects, int days, int eventsPerDay)
    {
        var random = new Random(20250121);
        var actors = new List<ActorProfile>();
        var c = Enumerable.Range(0, companies).Select(i => new ActorId($"c{i}")).ToArray();
        var f = Enumerable.Range(0, funds).Select(i => new ActorId($"f{i}")).ToArray();
        var p = Enumerable.Range(0, projects).Select(i => new ActorId($"p{i}")).ToArray();
        actors.AddRange(c.Select(id => ActorProfile.Simple(id, ActorKind.Company, id.Value)));
        actors.AddRange(f.Select(id => ActorProfile.Simple(id, ActorKind.Investor, id.Value) with { ValuedAtNav = true }));
        actors.AddRange(p.Select((id, i) => ActorProfile.Simple(id, ActorKind.Project, id.Value) with
        {
            Parent = i % 4 == 0 ? null : p[i - (i % 4)],
            Operator = c[i % companies],
        }));
        var gpus = new[] { new GpuModel("H100", 0.989m, 700m, 1m), new GpuModel("GB200", 2.5m, 1200m, 2.5m / 0.989m) };
        var world = World.Create("synthetic", "Synthetic world", actors, [], gpus);

        var events = ImmutableArray.CreateBuilder<ScheduledEvent>();
        var start = new DateOnly(2025, 1, 1);

        // Day 0: every fund buys into a few companies, every company borrows from a fund: holdings to mark later.
        foreach (var fund in f)
        {
            for (var k = 0; k < 3; k++)
            {
                Add(start, new InvestmentMade(c[random.Next(companies)], fund, Figure.Of(random.Next(10, 500) * 1_000_000m), 0.01m));
            }
        }

        foreach (var company in c)
        {
            Add(start, new LoanMade(company, [new ActorAmount(f[random.Next(funds)], random.Next(10, 900) * 1_000_000m)], null));
        }

        for (var day = 1; day <= days; day++)
        {
            var at = start.AddDays(day);
            for (var e = 0; e < eventsPerDay; e++)
            {
                var company = c[random.Next(companies)];
                MarketEvent body = random.Next(6) switch
                {
                    0 => new ValuationMarked(company, null, (random.Next(-20, 21) / 100m), null),
                    1 => new GpusDeployed(p[random.Next(projects)], "GB200", Figure.Of(random.Next(1, 50) * 100m), GpuStatus.Online),
                    2 => new GpusPlanned(p[random.Next(projects)], "H100", Figure.Of(random.Next(1, 50) * 1_000m), null),
                    3 => new DebtSold(company, Figure.Of(random.Next(1, 5) * 1_000_000m), Figure.Between(0.85m, 0.95m), [], ActorId.Outside, false, null),
                    4 => new FundingPledged(p[random.Next(projects)], Figure.Of(random.Next(1, 100) * 1_000_000m), f[random.Next(funds)], null),
                    _ => new DonationMade(f[random.Next(funds)], company, Figure.Of(random.Next(1, 100) * 1_000m)),
                };
                Add(at, body);
            }
        }

        return new RunPlan(world, events.ToImmutable(), 0);

        void Add(DateOnly at, MarketEvent body) =>
            events.Add(new ScheduledEvent(events.Count, at, at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, body.GetType().Name, ["synthetic"], null, body));
    }
}

using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Output;

namespace MarketActors.Reporting.Sweeps;

/// <summary>How a metric of an actor ended across a sweep's branches.</summary>
/// <param name="Actor">The actor.</param>
/// <param name="Name">Its name.</param>
/// <param name="Metric">The metric.</param>
/// <param name="P5">The 5th percentile of its end values.</param>
/// <param name="P50">The median.</param>
/// <param name="P95">The 95th percentile.</param>
/// <param name="Min">The lowest end value.</param>
/// <param name="Max">The highest.</param>
/// <param name="Values">Every branch's end value, sorted.</param>
public sealed record MetricSpread(ActorId Actor, string Name, string Metric, decimal P5, decimal P50, decimal P95, decimal Min, decimal Max, ImmutableArray<decimal> Values);

/// <summary>A branch that could not run: a rule refused a value drawn in it.</summary>
/// <param name="Branch">The branch.</param>
/// <param name="Message">Why.</param>
public sealed record BranchFailure(int Branch, string Message);

/// <summary>What a sweep found: the ranges it drew from, and the spread of every metric that moved with them.</summary>
/// <param name="Plan">The plan swept (its seed keys the draws).</param>
/// <param name="Branches">How many branches ran.</param>
/// <param name="Uncertain">The ranges drawn from.</param>
/// <param name="Spreads">Every metric whose end value differs between branches, by actor then catalog order.</param>
/// <param name="Failures">The branches that failed, by branch.</param>
public sealed record SweepResult(RunPlan Plan, int Branches, ImmutableArray<UncertainFigure> Uncertain, ImmutableArray<MetricSpread> Spreads, ImmutableArray<BranchFailure> Failures);

/// <summary>
/// Runs a plan many times, each branch drawing every range of the story anew (<see cref="Draws"/>), and summarises the
/// end state of every actor as percentiles. Branches run side by side; each result is kept by its branch number, so
/// the summary is the same however the branches were scheduled.
/// </summary>
public static class Sweep
{
    /// <summary>The most branches a sweep runs.</summary>
    public const int MaxBranches = 100_000;

    /// <summary>Runs <paramref name="branches"/> branches of <paramref name="plan"/> with <paramref name="replay"/>, at most <paramref name="parallel"/> at a time.</summary>
    public static async Task<SweepResult> RunAsync(
        RunPlan plan,
        int branches,
        Func<RunPlan, CancellationToken, Task<RunOutput>> replay,
        int parallel,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(replay);
        ArgumentOutOfRangeException.ThrowIfLessThan(branches, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(branches, MaxBranches);
        var ends = new ImmutableArray<ActorSnapshot>?[branches];
        var failures = new BranchFailure?[branches];
        var done = 0;
        await Parallel.ForEachAsync(
            Enumerable.Range(0, branches),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel), CancellationToken = cancellationToken },
            async (branch, ct) =>
            {
                try
                {
                    ends[branch] = (await replay(Draws.Branch(plan, branch), ct)).Actors;
                }
                catch (RuleViolationException ex)
                {
                    failures[branch] = new BranchFailure(branch, ex.Message);
                }

                progress?.Report(Interlocked.Increment(ref done));
            });

        var ran = ends.OfType<ImmutableArray<ActorSnapshot>>().ToList();
        return new SweepResult(plan, branches, Draws.Uncertain(plan), Spreads(plan.World, ran), [.. failures.OfType<BranchFailure>()]);
    }

    /// <summary>The value at quantile <paramref name="q"/> of sorted values, interpolating between the two nearest ranks.</summary>
    public static decimal Quantile(IReadOnlyList<decimal> sorted, decimal q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("No values.", nameof(sorted));
        }

        var h = (sorted.Count - 1) * q;
        var low = (int)decimal.Floor(h);
        return low + 1 >= sorted.Count ? sorted[^1] : sorted[low] + ((h - low) * (sorted[low + 1] - sorted[low]));
    }

    private static ImmutableArray<MetricSpread> Spreads(World world, IReadOnlyList<ImmutableArray<ActorSnapshot>> branches)
    {
        if (branches.Count == 0)
        {
            return [];
        }

        var values = new Dictionary<(ActorId Actor, string Metric), decimal[]>();
        for (var b = 0; b < branches.Count; b++)
        {
            foreach (var actor in branches[b])
            {
                foreach (var (metric, value) in actor.Metrics)
                {
                    if (!values.TryGetValue((actor.Id, metric), out var series))
                    {
                        values[(actor.Id, metric)] = series = new decimal[branches.Count];
                    }

                    series[b] = value;
                }
            }
        }

        var spreads = new List<MetricSpread>();
        foreach (var ((actor, metric), series) in values)
        {
            var sorted = series.Order().ToArray();
            if (sorted[0] != sorted[^1])
            {
                spreads.Add(new MetricSpread(actor, world.NameOf(actor), metric, Quantile(sorted, 0.05m), Quantile(sorted, 0.5m), Quantile(sorted, 0.95m), sorted[0], sorted[^1], [.. sorted]));
            }
        }

        return [.. MetricOrder.Sort(spreads, s => s.Actor, s => s.Name, s => s.Metric)];
    }
}

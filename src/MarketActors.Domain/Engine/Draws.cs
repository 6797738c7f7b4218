using System.Collections.Immutable;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Engine;

/// <summary>A figure of the story given as a range, which a sweep draws a value from in each branch.</summary>
/// <param name="Event">The event that states it.</param>
/// <param name="Field">Its field, as scenario files write it (<c>price</c>).</param>
/// <param name="Range">The range.</param>
public sealed record UncertainFigure(ScheduledEvent Event, string Field, Figure Range);

/// <summary>
/// Random draws for sweeps. A plain replay uses the middle of every range; branch <c>b</c> of a sweep instead draws
/// each range uniformly, from a counter-based generator keyed by (seed, branch, event, field). No state is shared
/// between draws, so a branch gives the same values whichever machine, silo or thread computes it, and in whatever
/// order branches run.
/// </summary>
public static class Draws
{
    private const decimal TwoToThe53 = 9_007_199_254_740_992m;

    /// <summary>The figures of a plan given as ranges (claims aside), in schedule order then by field.</summary>
    public static ImmutableArray<UncertainFigure> Uncertain(RunPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var found = ImmutableArray.CreateBuilder<UncertainFigure>();
        foreach (var e in plan.Events)
        {
            var fields = new List<UncertainFigure>();
            e.Body.MapFigures((field, figure) =>
            {
                if (figure.Bound == FigureBound.Range)
                {
                    fields.Add(new UncertainFigure(e, field, figure));
                }

                return figure;
            });
            found.AddRange(fields.OrderBy(f => f.Field, StringComparer.Ordinal));
        }

        return found.ToImmutable();
    }

    /// <summary>The plan of one branch: every range replaced by a value drawn in it, marked approximate.</summary>
    public static RunPlan Branch(RunPlan plan, int branch)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan with
        {
            Events =
            [
                .. plan.Events.Select(e => e with
                {
                    Body = e.Body.MapFigures((field, figure) => figure.Bound == FigureBound.Range
                        ? Figure.Of(figure.Low + ((figure.High - figure.Low) * Uniform(plan.Seed, branch, e.Seq, field)), FigureBound.Approximate)
                        : figure),
                }),
            ],
        };
    }

    /// <summary>A number in [0, 1) for one draw: the same key always gives the same number.</summary>
    public static decimal Uniform(long seed, int branch, int eventSeq, string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var h = Mix(unchecked((ulong)seed));
        h = Mix(h ^ unchecked((ulong)branch));
        h = Mix(h ^ unchecked((ulong)eventSeq));
        foreach (var c in field)
        {
            h = Mix(h ^ c);
        }

        // The top 53 bits, as a fraction: exact in decimal, the same everywhere.
        return (h >> 11) / TwoToThe53;
    }

    /// <summary>SplitMix64's finalizer: a bijective mix of 64 bits in which every input bit affects every output bit.</summary>
    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}

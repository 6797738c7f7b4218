using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace MarketActors.Engine.Tests.Generation;

/// <summary>FsCheck's generator and shrinker of world shapes: shrinking drops events, then simplifies the world.</summary>
public static class ShapeArbitrary
{
    public static Arbitrary<WorldShape> Create() => Arb.From(Generator(), Shrink);

    private static Gen<WorldShape> Generator() =>
        from companies in Gen.Choose(1, 5)
        from investors in Gen.Choose(1, 5)
        from nav in Gen.Choose(0, investors)
        from projects in Gen.Choose(1, 4)
        from count in Gen.Choose(1, 40)
        from events in Seed().ListOf(count)
        select new WorldShape(companies, investors, nav, projects, [.. events]);

    private static Gen<EventSeed> Seed() =>
        from kind in Gen.Choose(0, ScenarioGenerator.Kinds - 1)
        from a in Gen.Choose(0, 50)
        from b in Gen.Choose(0, 50)
        from c in Gen.Choose(0, 50)
        from amount in Gen.Choose(1, 5_000)
        from day in Gen.Choose(0, 6)
        select new EventSeed(kind, a, b, c, amount, day);

    private static IEnumerable<WorldShape> Shrink(WorldShape shape)
    {
        if (shape.Events.Length > 1)
        {
            yield return shape with { Events = shape.Events[..(shape.Events.Length / 2)] };
            yield return shape with { Events = shape.Events[(shape.Events.Length / 2)..] };
            for (var i = 0; i < shape.Events.Length; i++)
            {
                yield return shape with { Events = shape.Events.RemoveAt(i) };
            }
        }

        for (var i = 0; i < shape.Events.Length; i++)
        {
            if (shape.Events[i].Day != 0)
            {
                yield return shape with { Events = shape.Events.SetItem(i, shape.Events[i] with { Day = 0 }) };
            }
        }

        if (shape.Companies > 1)
        {
            yield return shape with { Companies = shape.Companies - 1 };
        }

        if (shape.Investors > 1)
        {
            yield return shape with { Investors = shape.Investors - 1, NavInvestors = Math.Min(shape.NavInvestors, shape.Investors - 1) };
        }

        if (shape.Projects > 1)
        {
            yield return shape with { Projects = shape.Projects - 1 };
        }
    }
}

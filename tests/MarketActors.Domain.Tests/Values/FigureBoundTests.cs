using MarketActors.Domain.Values;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace MarketActors.Domain.Tests.Values;

public sealed class FigureBoundTests
{
    [Fact]
    public void Every_bound_keeps_the_number_it_is_serialized_as()
    {
        // Runs and checkpoints carry these numbers: a renumbered bound would read an old figure as another kind.
        Assert.Equal(
            [(FigureBound.Exact, 0), (FigureBound.Approximate, 1), (FigureBound.AtLeast, 2), (FigureBound.AtMost, 3), (FigureBound.Range, 4), (FigureBound.Below, 5), (FigureBound.Above, 6)],
            Enum.GetValues<FigureBound>().Select(b => (b, (int)b)));
    }

    [Fact]
    public void Every_bound_comes_back_from_the_serializer_as_itself()
    {
        using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();

        foreach (var bound in Enum.GetValues<FigureBound>())
        {
            var figure = new Figure(3m, 3m, bound);

            Assert.Equal(figure, serializer.Deserialize<Figure>(serializer.SerializeToArray(figure)));
        }
    }
}

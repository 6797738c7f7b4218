using System.Text.RegularExpressions;
using MarketActors.Scenarios.Generation;

namespace MarketActors.Scenarios.Tests.Generation;

public sealed partial class WorldGeneratorTests
{
    private static string Generate(WorldOptions options)
    {
        var writer = new StringWriter();
        WorldGenerator.Write(options, writer);
        return writer.ToString();
    }

    [Fact]
    public void A_generated_world_is_a_valid_scenario_of_the_size_asked_for()
    {
        var text = Generate(new WorldOptions(Actors: 300, Events: 4_000, Seed: 3, Days: 90));

        var result = ScenarioLoader.CompileAndCheck(text, "world.yaml", [], keepDryRun: true);

        Assert.Empty(result.Diagnostics);
        var plan = result.Scenario!.Plan;
        Assert.Equal(300, plan.World.Actors.Length - 1); // and the outside world
        Assert.Equal(4_000, plan.Events.Length);
        Assert.Equal(91, plan.Ticks().Length); // the setup day and 90 more
        Assert.NotEmpty(result.DryRun!.Ledger);
    }

    [Fact]
    public void The_same_options_write_the_same_file_and_another_seed_another()
    {
        var options = new WorldOptions(Actors: 100, Events: 1_500, Seed: 11);

        var first = Generate(options);

        Assert.Equal(first, Generate(options));
        Assert.NotEqual(first, Generate(options with { Seed = 12 }));
    }

    [Fact]
    public void Money_goes_to_a_few_companies_as_in_real_markets()
    {
        var text = Generate(new WorldOptions(Actors: 1_000, Events: 20_000, Seed: 5));

        // Who borrows follows a heavy tail, weight 1/(i+1) for company i: the first ten companies draw about 30 times
        // what companies 100 to 109 draw, and those about 4 times what companies 400 to 409 draw.
        var loans = Borrower().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var top = loans.Count(c => c < 10);
        var middle = loans.Count(c => c is >= 100 and < 110);
        var tail = loans.Count(c => c is >= 400 and < 410);
        Assert.True(top > 10 * middle && middle > tail, $"loans to c0–c9: {top}, c100–c109: {middle}, c400–c409: {tail}");
    }

    [Fact]
    public void Refuses_a_world_too_small_to_set_up()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Generate(new WorldOptions(Actors: 19, Events: 1_000)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Generate(new WorldOptions(Actors: 100, Events: WorldGenerator.MinEvents(100) - 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Generate(new WorldOptions(Actors: 100, Events: 1_000, Days: 0)));
    }

    [GeneratedRegex(@"type: loan-made, borrower: c(\d+),")]
    private static partial Regex Borrower();
}

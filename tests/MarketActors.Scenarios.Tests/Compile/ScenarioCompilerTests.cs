using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;
using MarketActors.Scenarios.Compile;

namespace MarketActors.Scenarios.Tests.Compile;

public sealed class ScenarioCompilerTests
{
    [Fact]
    public void Schedules_events_by_date_then_in_the_order_written()
    {
        var scenario = Compile("""
            scenario: order
            title: Order
            sources: { herald: Herald }
            actors:
              - { id: stargate, kind: project, name: Stargate }
            events:
              - { id: third, at: 2025-01-22, type: jobs-pledged, project: stargate, count: 3, source: herald }
              - { id: first, at: 2025-01-21, type: jobs-pledged, project: stargate, count: 1, source: herald }
              - { id: fourth, at: 2025-01-22, type: jobs-pledged, project: stargate, count: 4, source: herald }
              - { id: second, at: 2025-01, type: jobs-pledged, project: stargate, count: 2, source: herald }
              - { id: fifth, at: mid-2026, type: jobs-pledged, project: stargate, count: 5, source: herald }
            """);

        var events = scenario.Plan.Events;
        Assert.Equal(["second", "first", "third", "fourth", "fifth"], events.Select(e => e.Id));
        Assert.Equal([0, 1, 2, 3, 4], events.Select(e => e.Seq));
        Assert.Equal(["2025-01", "2025-01-21", "2025-01-22", "2025-01-22", "mid-2026"], events.Select(e => e.DateLabel));
        Assert.Equal(new DateOnly(2026, 7, 1), events[4].At);

        // Each scheduled event still points at the line it was written on.
        Assert.Equal([10, 8, 7, 9, 11], scenario.Locations.Select(l => l.Line));
        Assert.Equal("order.yaml:10:5: here", scenario.At(0, "here").ToString());
    }

    [Fact]
    public void Resolves_names_declared_later_in_the_file()
    {
        // The events come before the actors they name, an actor's parent is declared after it, and a claim
        // disputes an event written after it.
        var scenario = Compile("""
            scenario: forward
            title: Forward references
            sources: { herald: Herald }
            events:
              - { at: 2025-01-22, type: claim-made, by: musk, subject: stargate, says: No money, disputes: [announced], source: herald }
              - { id: announced, at: 2025-01-21, type: funding-announced, project: abilene, total: 500B, source: herald }
            actors:
              - { id: abilene, kind: project, name: Abilene campus, parent: stargate, operator: openai }
              - { id: musk, kind: investor, name: Elon Musk }
              - { id: stargate, kind: project, name: Stargate, partners: [openai] }
              - { id: openai, kind: company, name: OpenAI }
            """);

        var abilene = scenario.Plan.World.Profile(new ActorId("abilene"));
        Assert.Equal(new ActorId("stargate"), abilene.Parent);
        Assert.Equal(new ActorId("openai"), abilene.Operator);
        var claim = Assert.IsType<ClaimMade>(scenario.Plan.Events[1].Body);
        Assert.Equal(["announced"], claim.Disputes.AsEnumerable());
        Assert.Equal(new ActorId("stargate"), claim.Subject);
    }

    [Fact]
    public void Fills_in_the_documented_defaults()
    {
        var scenario = Compile("""
            scenario: defaults
            title: Defaults
            sources: { herald: Herald }
            actors:
              - { id: x-corp, kind: company, name: X Corp }
              - { id: musk, kind: investor, name: Elon Musk }
              - { id: morgan-stanley, kind: investor, name: Morgan Stanley }
            events:
              - { at: 2022-10-27, type: company-acquired, target: x-corp, acquirer: musk, price: 44B, source: herald }
              - { at: 2022-10-27, type: loan-made, borrower: x-corp, lender: morgan-stanley, amount: 13B, source: herald }
              - { at: 2025-01-17, type: debt-sold, borrower: x-corp, face: 1B, price: 90%..95%, source: herald }
            """);

        var acquisition = Assert.IsType<CompanyAcquired>(scenario.Plan.Events[0].Body);
        Assert.Equal([new ActorAmount(new ActorId("musk"), 1m)], acquisition.Buyers.AsEnumerable());
        Assert.Equal(Figure.Of(44_000_000_000m), acquisition.Price);

        var loan = Assert.IsType<LoanMade>(scenario.Plan.Events[1].Body);
        Assert.Equal([new ActorAmount(new ActorId("morgan-stanley"), 13_000_000_000m)], loan.Lenders.AsEnumerable());

        var sale = Assert.IsType<DebtSold>(scenario.Plan.Events[2].Body);
        Assert.True(sale.Completed);
        Assert.Equal(ActorId.Outside, sale.Buyer);
        Assert.Empty(sale.Sellers);
        Assert.Null(sale.Arranger);
        Assert.Equal(Figure.Between(0.90m, 0.95m), sale.Price);
    }

    [Fact]
    public void Derives_h100_equivalents_from_the_basis_model_unless_given()
    {
        var scenario = Compile("""
            scenario: catalog
            title: Catalog
            sources: { herald: Herald }
            catalog:
              h100e-basis: A100
              gpus:
                A100: { bf16-pflops: 0.312, watts: 400 }
                H100: { bf16-pflops: 0.989, watts: 700 }
                GB200: { bf16-pflops: 2.5, watts: 1200, h100e: 2.5 }
            actors:
              - { id: openai, kind: company, name: OpenAI }
            events: []
            """);

        var gpus = scenario.Plan.World.Gpus;
        Assert.Equal(["A100", "GB200", "H100"], gpus.Select(g => g.Name));
        Assert.Equal(1m, gpus[0].H100Equivalents);
        Assert.Equal(2.5m, gpus[1].H100Equivalents);
        Assert.Equal(0.989m / 0.312m, gpus[2].H100Equivalents);
        Assert.Equal(700m, gpus[2].Watts);
    }

    [Fact]
    public void Uses_H100_as_the_basis_when_none_is_named()
    {
        var scenario = Compile("""
            scenario: catalog
            title: Catalog
            sources: { herald: Herald }
            catalog:
              gpus:
                GB200: { bf16-pflops: 2.5, watts: 1200 }
                H100: { bf16-pflops: 0.989, watts: 700 }
            actors:
              - { id: openai, kind: company, name: OpenAI }
            events: []
            """);

        Assert.Equal([2.5m / 0.989m, 1m], scenario.Plan.World.Gpus.Select(g => g.H100Equivalents));
    }

    [Fact]
    public void Does_not_suggest_a_name_that_shares_nothing_with_a_short_word()
    {
        var result = ScenarioCompiler.Compile("""
            scenario: suggest
            title: Suggest
            sources: { herald: Herald }
            actors:
              - { id: stargate, kind: project, name: Stargate }
            events:
              - { at: 2025-01-21, type: jobs-pledged, project: stargate, count: 1, source: herald, ~: 3, ad: 4 }
            """, "suggest.yaml");

        Assert.Equal(
            [
                "suggest.yaml:7:88: unknown field '~' in jobs-pledged event; known fields: at, known, id, note, project, count",
                "suggest.yaml:7:94: unknown field 'ad' in jobs-pledged event (did you mean 'at'?); known fields: at, known, id, note, project, count",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Reports_nothing_and_returns_the_scenario_when_all_is_well()
    {
        var result = ScenarioCompiler.Compile("""
            scenario: fine
            title: Fine
            sources: { herald: Herald }
            actors:
              - { id: stargate, kind: project, name: Stargate }
            events: []
            """, "fine.yaml");

        Assert.True(result.Ok);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("fine", result.Scenario!.Plan.World.ScenarioId);
        Assert.Equal("Herald", result.Scenario.Sources["herald"]);
    }

    [Fact]
    public void Reads_power_restatements_commitments_and_gpus_of_no_stated_model()
    {
        var scenario = Compile("""
            scenario: power
            title: Power
            sources: { report: Report }
            actors:
              - { id: openai, kind: company, name: OpenAI }
              - { id: nvidia, kind: company, name: Nvidia }
              - { id: abilene, kind: project, name: Abilene, operator: openai }
              - { id: colossus, kind: project, name: Colossus }
            events:
              - { at: 2025-01-21, type: power-planned, site: abilene, power: ~1.2 GW, online-by: mid-2026, source: report }
              - { at: 2025-01-22, type: power-deployed, site: abilene, power: 200 MW, status: under-construction, source: report }
              - { at: 2025-01-23, type: gpus-deployed, site: colossus, count: 200k, source: report }
              - { at: 2025-01-24, type: capacity-restated, site: colossus, count: 300k+, source: report }
              - { at: 2025-01-25, type: capacity-restated, site: abilene, power: 1.5 GW, source: report }
              - { at: 2025-01-26, id: deal, type: commitment-made, by: nvidia, to: openai, up-to: 100B, release: 10B, per: 1 GW, as: investment, source: report }
              - { at: 2025-01-27, type: commitment-made, by: nvidia, to: abilene, up-to: 1B, release: 100M, per-gpus: 10k, as: funding, source: report }
              - { at: 2025-01-28, type: funding-pledged, project: openai, by: nvidia, amount: 5B, source: report }
              - { at: 2025-01-28, type: funding-committed, project: openai, by: nvidia, amount: 5B, source: report }
            """);

        var bodies = scenario.Plan.Events.Select(e => e.Body).ToList();
        Assert.Equal(new PowerPlanned(new ActorId("abilene"), Figure.Of(1_200m, FigureBound.Approximate), "mid-2026"), bodies[0]);
        Assert.Equal(new PowerDeployed(new ActorId("abilene"), Figure.Of(200m), GpuStatus.UnderConstruction), bodies[1]);
        Assert.Equal(new GpusDeployed(new ActorId("colossus"), GpuModel.Unstated, Figure.Of(200_000m), GpuStatus.Online), bodies[2]);
        Assert.Equal(new CapacityRestated(new ActorId("colossus"), GpuModel.Unstated, Figure.Of(300_000m, FigureBound.AtLeast), null), bodies[3]);
        Assert.Equal(new CapacityRestated(new ActorId("abilene"), null, null, Figure.Of(1_500m)), bodies[4]);
        Assert.Equal(new CommitmentMade(new ActorId("nvidia"), new ActorId("openai"), Figure.Of(100_000_000_000m), Figure.Of(10_000_000_000m), Figure.Of(1_000m), ReleaseUnit.Megawatts, ReleaseAs.Investment), bodies[5]);
        Assert.Equal(new CommitmentMade(new ActorId("nvidia"), new ActorId("abilene"), Figure.Of(1_000_000_000m), Figure.Of(100_000_000m), Figure.Of(10_000m), ReleaseUnit.Gpus, ReleaseAs.Funding), bodies[6]);
        Assert.Equal([(new ActorId("nvidia"), new ActorId("openai"))], bodies[5].Holdings); // an investment may make a cycle; funding cannot
        Assert.Empty(bodies[6].Holdings);
        Assert.Equal(new ActorId("openai"), Assert.IsType<FundingPledged>(bodies[7]).Project);
        Assert.Equal("Nvidia commits up to $100B to OpenAI, $10B for each 1 GW brought online, as an investment", bodies[5].Describe(scenario.Plan.World));
        Assert.Equal("Colossus restates its plan of GPUs of no stated model to 300,000+", bodies[3].Describe(scenario.Plan.World));
    }

    private static CompiledScenario Compile(string text)
    {
        var result = ScenarioCompiler.Compile(text, (text.Split('\n')[0].Replace("scenario: ", string.Empty, StringComparison.Ordinal)) + ".yaml");
        Assert.Empty(result.Diagnostics);
        return result.Scenario!;
    }
}

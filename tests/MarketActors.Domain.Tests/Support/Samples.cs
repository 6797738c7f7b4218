using MarketActors.Domain.Actors;
using MarketActors.Domain.Books;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Support;

/// <summary>One instance of every event and payload type, valid in <see cref="World"/> on fresh books.</summary>
internal static class Samples
{
    private const decimal B = 1_000_000_000m;

    private static readonly RoundTranche RoundTranche = new(Id("i"), Figure.Of(2 * B), new DateOnly(2025, 12, 31), "end-2025", "approval", Figure.Of(1 * B));

    public static World World { get; } = Of(
        Company("c"),
        Investor("i"),
        Investor("nav", nav: true),
        Project("p", parent: "q", op: "c"),
        Project("q"));

    public static IReadOnlyList<MarketEvent> Events { get; } =
    [
        new FundingAnnounced(Id("p"), Figure.Of(500 * B), "4y", Figure.Of(100 * B)),
        new FundingPledged(Id("p"), Figure.Between(10 * B, 20 * B), Id("i"), "first phase"),
        new FundingCommitted(Id("p"), Figure.Of(1 * B), Id("i")),
        new CapitalCalled(Id("p"), Id("i"), Figure.Of(1 * B)),
        new DonationMade(Id("i"), Id("c"), Figure.Of(5_500_000m, FigureBound.Approximate)),
        new NetWorthReported(Id("i"), Figure.Of(400 * B), "analyst"),
        new InvestmentMade(Id("c"), Id("i"), Figure.Of(10_000_000m), 0.1m),
        new InvestmentMade(Id("nav"), Id("i"), Figure.Of(10_000_000m), null),
        new CompanyAcquired(Id("c"), Figure.Of(44 * B), [new ActorAmount(Id("i"), 0.79m)]),
        new ValuationMarked(Id("c"), null, -0.1m, "analyst"),
        new LoanMade(Id("c"), [new ActorAmount(Id("i"), 1 * B), new ActorAmount(Id("nav"), 0.5m * B)], "acquisition"),
        new DebtSold(Id("c"), Figure.Of(0.5m * B), Figure.Between(0.9m, 0.95m), [Id("i")], Id("nav"), true, Id("i")),
        new DebtSold(Id("c"), Figure.Of(1 * B), Figure.Of(0.8m), [], ActorId.Outside, false, null),
        new OfferClosed(Id("c"), "#12", OfferOutcome.Withdrawn, "no buyers at 80%"),
        new GpusPlanned(Id("p"), "GB200", Figure.Of(100_000m), "mid-2026"),
        new GpusDeployed(Id("p"), "GB200", Figure.Of(1_000m), GpuStatus.Online),
        new DatacentersPlanned(Id("p"), Figure.Of(20m), "United States", [new RegionCount("Texas", 10m)]),
        new MilestoneSet(Id("p"), "first building online", new DateOnly(2026, 6, 30), "mid-2026"),
        new ModelReleased(Id("c"), "Model-1", Figure.Of(5_576_000m, FigureBound.Approximate), true, "o1"),
        new ClaimMade("analyst", Id("p"), Id("i"), "well under $10B", ClaimStance.Asserts, Figure.Of(10 * B, FigureBound.Below), ["F01"]),
        new StatementMade("analyst", Id("p"), "they don't have the money"),
        new JobsPledged(Id("p"), Figure.Of(100_000m, FigureBound.AtLeast)),
        new LayoffsAnnounced(Id("c"), Figure.Of(1_000m), 0.1m),
        new OddsQuoted("analyst", Id("c"), "the company goes public in 2025", "ipo-2025", 0.13m),
        new LawsuitFiled([Id("i")], [Id("c")], "breach of contract"),
        new DataProvided(Id("c"), Id("i"), "a training corpus"),
        new RoundClosed(Id("c"), null, Figure.Of(100 * B), [new ActorAmount(Id("i"), 2 * B), new ActorAmount(Id("nav"), 1 * B)], [RoundTranche], "Series B"),
        new ConditionResolved(Id("c"), "#26", "approval", true),
        new TrancheSettled(Id("c"), "#26", 0, RoundTranche),
        new BidMade(Id("c"), [Id("i"), Id("nav")], Figure.Of(97.4m * B), 1m),
        new OfferClosed(Id("c"), "#29", OfferOutcome.Rejected, "not for sale"),
        new ValuationMarked(Id("c"), Figure.Of(118_420_000m), -0.17m, null, Figure.Of(118.42m), Figure.Of(1_000_000m), Figure.Of(142_675_000m)),
        new ContractSigned(Id("c"), Id("q"), Figure.Of(300 * B), "5y", "compute"),
        new CompaniesMerged(Id("c"), [new ActorAmount(Id("c"), 200 * B), new ActorAmount(Id("p"), 10 * B)]),
        new WarrantGranted(Id("c"), Id("nav"), Figure.Of(160_000m), null, Figure.Of(0.01m), 16_000m),
        new WarrantVested(Id("c"), "#34", 16_000m, "first gigawatt"),
        new SharesSold(Id("c"), [new ActorAmount(ActorId.Outside, 0.05m)], [new ActorAmount(Id("nav"), 0.05m)], Figure.Of(120 * B)),
        new PowerPlanned(Id("p"), Figure.Of(1_200m, FigureBound.Approximate), "mid-2026"),
        new PowerDeployed(Id("p"), Figure.Of(200m), GpuStatus.UnderConstruction),
        new CapacityRestated(Id("p"), "GB200", Figure.Of(150_000m), null),
        new GpusPlanned(Id("p"), GpuModel.Unstated, Figure.Of(800_000m, FigureBound.AtLeast), null),
        new CommitmentMade(Id("i"), Id("c"), Figure.Of(100 * B), Figure.Of(10 * B), Figure.Of(1_000m), ReleaseUnit.Megawatts, ReleaseAs.Investment),
        new PowerDeployed(Id("p"), Figure.Of(1_200m), GpuStatus.Online),
        new CommitmentMade(Id("nav"), Id("p"), Figure.Of(2 * B), Figure.Of(1 * B), Figure.Of(1_000m), ReleaseUnit.Gpus, ReleaseAs.Funding),
        new GpusDeployed(Id("p"), GpuModel.Unstated, Figure.Of(2_500m), GpuStatus.Online),
        new LawsuitFiled([Id("i"), Id("nav")], [Id("c"), Id("p")], "antitrust"),
        new RulingMade("#45", RulingOutcome.Settled, [new Payment(Id("c"), Id("i"), Figure.Of(1 * B)), new Payment(Id("p"), Id("nav"), Figure.Between(0.1m * B, 0.2m * B))], null, [Id("i"), Id("nav")], [Id("c"), Id("p")]),
        new RulingMade("#45", RulingOutcome.ForDefendants, [], "#46", [Id("i"), Id("nav")], [Id("c"), Id("p")]),
        new ClaimResolved(Id("p"), "#19", ClaimOutcome.Contradicted, "#2"),
        new FigureRevised(Id("c"), "#18", new DateOnly(2025, 1, 1), [new RevisedFigure("training-cost", MetricUnit.Usd, Figure.Of(5_576_000m, FigureBound.Approximate), Figure.Of(1.6m * B))]),
    ];

    /// <summary>Every payload type, each with the actor it is for.</summary>
    public static IReadOnlyList<(ActorId Target, Payload Payload)> Payloads { get; } =
    [
        (Id("p"), new EventOccurred(Events[0])),
        (Id("i"), new PledgeRecorded(Id("p"), 1 * B, false)),
        (Id("c"), new ContractRecorded(Id("q"), 300 * B)),
        (Id("p"), new MergeRequested(Id("c"), 0.05m, 200 * B)),
        (Id("c"), new MergedIn(Id("p"), [KeyValuePair.Create(Accounts.Cash, 1 * B)], [new ActorAmount(Id("i"), 0.05m)], [], [], [], [], null)),
        (Id("nav"), new StakeExchanged(Id("p"), Id("c"), 0.05m, 200 * B)),
        (Id("q"), new CounterpartyReplaced(Id("p"), Id("c"))),
        (Id("i"), new WarrantValued(Id("c"), "#34", 1 * B)),
        (Id("i"), new CapitalContributed(Id("p"), 1 * B)),
        (Id("c"), new DonationReceived(Id("i"), 5_500_000m)),
        (Id("i"), new StakeBought(Id("c"), 0.1m, 100_000_000m, [new ActorAmount(Id("c"), 10_000_000m)])),
        (Id("i"), new StakeRepriced(Id("c"), 0.1m, 120_000_000m)),
        (Id("i"), new StakeSold(Id("c"), 0.05m, 120_000_000m, [new ActorAmount(Id("nav"), 6_000_000m)])),
        (Id("i"), new LoanFunded(Id("c"), 1 * B)),
        (Id("i"), new DebtRepriced(Id("c"), Figure.Of(0.9m))),
        (Id("i"), new DebtSoldLeg(Id("c"), 0.5m * B, 0.45m * B, Id("nav"))),
        (Id("i"), new DebtBoughtLeg(Id("c"), 0.2m * B, [new ActorAmount(Id("nav"), 0.18m * B)])),
        (Id("q"), new CapacityRolledUp(Id("p"), "GB200", 100m, 10m, 5m)),
        (Id("i"), new RecordNoted(new BookRecord(0, new DateOnly(2025, 1, 1), "data-received", "a corpus"))),
        (Id("q"), new PowerRolledUp(Id("p"), 1_200m, 0m, 200m, new PowerLine(1_200m, 0m, 200m) { PlannedStated = Figure.Of(1_200m, FigureBound.Approximate) })),
        (Id("i"), new CommitmentReleased(Id("c"), "#35", 10 * B)),
        (Id("c"), new DamagesOrdered(Id("i"), 1 * B)),
        (Id("i"), new DamagesReceived(Id("c"), 1 * B)),
    ];
}

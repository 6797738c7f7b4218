using MarketActors.Domain.Actors;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;
using static MarketActors.Domain.Tests.Support.TestWorld;

namespace MarketActors.Domain.Tests.Support;

/// <summary>Random but reproducible events over a small world of companies, funds, investors and sites.</summary>
internal sealed class Generator
{
    private static readonly string[] Companies = ["c1", "c2", "c3"];
    private static readonly string[] Funds = ["f1", "f2"];
    private static readonly string[] Investors = ["i1", "i2", "i3"];
    private static readonly string[] Sites = ["s1", "s2"];
    private static readonly string[] Holders = [.. Investors, .. Funds, .. Companies];

    private readonly Random _random;

    public Generator(int seed) => _random = new Random(seed);

    public static World World { get; } = Of(
        Company("c1"), Company("c2"), Company("c3"),
        Investor("f1", nav: true), Investor("f2", nav: true),
        Investor("i1"), Investor("i2"), Investor("i3"),
        Project("s1", parent: "s2", op: "c1"), Project("s2", owner: "c1"));

    public MarketEvent Next(Replay replay)
    {
        switch (_random.Next(12))
        {
            case 0:
                return new FundingPledged(Id(Pick(Sites)), Money(), _random.Next(2) == 0 ? null : Id(Pick(Investors)), null);
            case 1:
                return new CapitalCalled(Id(Pick(Sites)), Id(Pick(Holders)), Money());
            case 2:
                return new DonationMade(Id(Pick(Holders)), Id(Pick(Holders)), Money());
            case 3:
                return new NetWorthReported(Id(Pick(Holders)), Money(), null);
            case 4:
            case 5:
                {
                    var company = Pick([.. Companies, .. Funds]);
                    return new InvestmentMade(Id(company), Id(Other(company)), Money(), _random.Next(3) == 0 ? null : Share());
                }

            case 6:
                {
                    var target = Pick([.. Companies, .. Funds]);
                    var first = Other(target);
                    var second = Other(target);
                    var buyers = first == second
                        ? new[] { new ActorAmount(Id(first), Share()) }
                        : [new ActorAmount(Id(first), Share() / 2), new ActorAmount(Id(second), Share() / 2)];
                    return new CompanyAcquired(Id(target), Money(), [.. buyers]);
                }

            case 7:
                return new ValuationMarked(Id(Pick(Companies)), _random.Next(2) == 0 ? Money() : null, Math.Round((decimal)(_random.NextDouble() - 0.5), 3), null);
            case 8:
                {
                    var borrower = Pick(Companies);
                    return new LoanMade(Id(borrower), [new ActorAmount(Id(Other(borrower)), Money().Point), new ActorAmount(Id(Other(borrower)), Money().Point)], null);
                }

            case 9:
                {
                    var borrower = Pick(Companies);
                    var owed = replay.Snapshot(borrower).DebtOwed.Sum(d => d.Value);
                    var face = Math.Round(owed * (decimal)_random.NextDouble(), 2);
                    var price = _random.Next(2) == 0 ? Figure.Of(0.5m + Math.Round((decimal)_random.NextDouble() / 2, 3)) : Figure.Between(0.85m, 0.95m);
                    var buyer = _random.Next(3) == 0 ? ActorId.Outside : Id(Other(borrower));
                    return new DebtSold(Id(borrower), Figure.Of(face), price, [], buyer, _random.Next(4) != 0, null);
                }

            case 10:
                return new GpusPlanned(Id(Pick(Sites)), Pick(["H100", "GB200"]), Figure.Of(_random.Next(1, 100) * 1_000m), null);
            default:
                return new GpusDeployed(Id(Pick(Sites)), Pick(["H100", "GB200"]), Figure.Of(_random.Next(1, 100) * 1_000m), _random.Next(2) == 0 ? GpuStatus.Online : GpuStatus.UnderConstruction);
        }
    }

    private string Pick(string[] ids) => ids[_random.Next(ids.Length)];

    private string Other(string id)
    {
        string other;
        do
        {
            other = Pick(Holders);
        }
        while (other == id);
        return other;
    }

    /// <summary>Amounts with cents and sub-cents, from a few dollars to billions, now and then a range.</summary>
    private Figure Money()
    {
        var amount = Math.Round((decimal)_random.NextDouble() * (decimal)Math.Pow(10, _random.Next(1, 11)), _random.Next(0, 4));
        return _random.Next(5) == 0 ? Figure.Between(amount, amount * 2) : Figure.Of(amount + 1m);
    }

    /// <summary>Shares with two to four decimals, from 0.01 to 0.6.</summary>
    private decimal Share() => Math.Round(0.01m + (decimal)_random.NextDouble() * 0.59m, _random.Next(2, 5));
}

using System.Globalization;

namespace MarketActors.Scenarios.Generation;

/// <summary>The size and shape of a generated world.</summary>
/// <param name="Actors">How many actors (companies, investors, funds, projects), at least 20.</param>
/// <param name="Events">How many events, at least the setup the actors need (one or two per actor).</param>
/// <param name="Seed">The seed: the same options write the same file, byte for byte.</param>
/// <param name="Days">Over how many days the events after the first day are spread.</param>
public sealed record WorldOptions(int Actors, int Events, long Seed = 1, int Days = 365)
{
    /// <summary>The fewest actors a world is generated with.</summary>
    public const int MinActors = 20;
}

/// <summary>
/// Writes a large, valid scenario file: companies, banks, investors, funds valued at their net assets (some holding
/// other funds) and projects under parents and operators, with funding, debt, marks and capacity events over a year.
/// Who is invested in, lent to or built at follows a heavy tail (the first companies draw most of the money), as real
/// markets do. Every draw comes from one SplitMix64 sequence seeded by <see cref="WorldOptions.Seed"/>, in integers, so
/// the file depends on the options alone.
/// </summary>
/// <remarks>
/// The file is valid by construction: companies are valued on the first day before anyone invests, funds are funded
/// by their limited partners before they invest, holdings only run from later funds to earlier ones, and debt is sold
/// only out of what lenders still hold.
/// </remarks>
public static class WorldGenerator
{
    private const int PortfolioSize = 4;

    private static readonly DateOnly Start = new(2024, 1, 2);

    /// <summary>The fewest events a world of <paramref name="actors"/> actors is generated with.</summary>
    public static int MinEvents(int actors) => Split(actors).SetupEvents;

    /// <summary>Writes the scenario for <paramref name="options"/> to <paramref name="writer"/>.</summary>
    public static void Write(WorldOptions options, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(writer);
        if (options.Actors < WorldOptions.MinActors)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Actors, $"a world has at least {WorldOptions.MinActors} actors");
        }

        var shape = Split(options.Actors);
        if (options.Events < shape.SetupEvents)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Events, $"a world of {options.Actors:N0} actors needs at least {shape.SetupEvents:N0} events to set it up");
        }

        if (options.Days < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Days, "the events need at least one day");
        }

        new Writer(options, shape, writer).Run();
    }

    private static Shape Split(int actors)
    {
        var companies = Math.Max(8, actors * 50 / 100);
        var banks = Math.Max(2, actors * 3 / 100);
        var lps = Math.Max(2, actors * 4 / 100);
        var funds = Math.Max(2, actors * 13 / 100);
        var projects = Math.Max(4, actors - companies - banks - lps - funds);
        return new Shape(companies, banks, lps, funds, projects);
    }

    private sealed record Shape(int Companies, int Banks, int Lps, int Funds, int Projects)
    {
        /// <summary>A mark per company, a commitment per fund from a limited partner, and each fund's portfolio.</summary>
        public int SetupEvents => Companies + ((1 + PortfolioSize) * Funds);
    }

    private sealed class Writer(WorldOptions options, Shape shape, TextWriter output)
    {
        private readonly Rng _rng = new(options.Seed);
        private readonly CultureInfo _c = CultureInfo.InvariantCulture;
        private readonly HeavyTail _companyTail = new(shape.Companies);
        private readonly HeavyTail _projectTail = new(shape.Projects);

        /// <summary>Face of each company's debt still held by its lenders, in millions.</summary>
        private readonly long[] _debtHeld = new long[shape.Companies];

        /// <summary>What each fund holds: a portfolio it follows on in.</summary>
        private readonly string[,] _portfolios = new string[shape.Funds, PortfolioSize];
        private int _written;

        public void Run()
        {
            Header();
            Actors();
            output.WriteLine();
            output.WriteLine("events:");
            Setup();
            Story();
        }

        private void Header()
        {
            output.WriteLine("# A generated world: " + string.Create(_c, $"{options.Actors:N0} actors, {options.Events:N0} events, seed {options.Seed}."));
            output.WriteLine("# Written by `marketactors generate`; the same options write the same file.");
            output.WriteLine(string.Create(_c, $"scenario: generated-{options.Actors}-{options.Events}-{options.Seed}"));
            output.WriteLine(string.Create(_c, $"title: \"A generated world of {options.Actors:N0} actors\""));
            output.WriteLine("description: Companies, banks, investors, funds and projects; funding, debt, marks and capacity over a year.");
            output.WriteLine();
            output.WriteLine("sources:");
            output.WriteLine("  gen: { title: The world generator, publisher: MarketActors }");
            output.WriteLine();
            output.WriteLine("catalog:");
            output.WriteLine("  h100e-basis: H100");
            output.WriteLine("  gpus:");
            output.WriteLine("    H100: { bf16-pflops: 0.989, watts: 700 }");
            output.WriteLine("    GB200: { bf16-pflops: 2.5, watts: 1200 }");
            output.WriteLine();
        }

        private void Actors()
        {
            output.WriteLine("actors:");
            for (var i = 0; i < shape.Companies; i++)
            {
                output.WriteLine(string.Create(_c, $"  - {{ id: c{i}, kind: company, name: Company {i} }}"));
            }

            for (var i = 0; i < shape.Banks; i++)
            {
                output.WriteLine(string.Create(_c, $"  - {{ id: b{i}, kind: investor, name: Bank {i} }}"));
            }

            for (var i = 0; i < shape.Lps; i++)
            {
                output.WriteLine(string.Create(_c, $"  - {{ id: lp{i}, kind: investor, name: Investor {i} }}"));
            }

            for (var i = 0; i < shape.Funds; i++)
            {
                output.WriteLine(string.Create(_c, $"  - {{ id: f{i}, kind: investor, name: Fund {i}, valuation: nav }}"));
            }

            for (var i = 0; i < shape.Projects; i++)
            {
                // A quarter of the projects are campuses; the rest are sites under the campus before them. Each is
                // operated by a company, the busiest companies operating the most.
                var parent = i % 4 == 0 ? string.Empty : string.Create(_c, $", parent: p{i - (i % 4)}");
                var operatedBy = _companyTail.Next(_rng);
                output.WriteLine(string.Create(_c, $"  - {{ id: p{i}, kind: project, name: Project {i}{parent}, operator: c{operatedBy} }}"));
            }
        }

        /// <summary>
        /// The first day: every company valued, every fund funded by a limited partner and invested in its portfolio:
        /// companies drawn from the heavy tail and, for one fund in four, a fund set up before it, so that holdings
        /// cascade through funds and never loop.
        /// </summary>
        private void Setup()
        {
            var day = Date(0);
            for (var i = 0; i < shape.Companies; i++)
            {
                Event(day, string.Create(_c, $"type: valuation-marked, company: c{i}, value: {Valuation(i)}M"));
            }

            for (var i = 0; i < shape.Funds; i++)
            {
                var lp = _rng.Below(shape.Lps);
                Event(day, string.Create(_c, $"type: investment-made, company: f{i}, investor: lp{lp}, amount: {(_rng.Below(40) + 10) * 100}M, stake: 100%"));
            }

            for (var i = 0; i < shape.Funds; i++)
            {
                for (var k = 0; k < PortfolioSize; k++)
                {
                    var into = k == 0 && i > 0 && _rng.Below(4) == 0 ? string.Create(_c, $"f{_rng.Below(i)}") : string.Create(_c, $"c{_companyTail.Next(_rng)}");
                    _portfolios[i, k] = into;
                    Event(day, string.Create(_c, $"type: investment-made, company: {into}, investor: f{i}, amount: {_rng.Below(50) + 5}M"));
                }
            }
        }

        /// <summary>The rest of the events, spread evenly over the days.</summary>
        private void Story()
        {
            var remaining = options.Events - _written;
            for (var k = 0; k < remaining; k++)
            {
                var day = Date(1 + (int)((long)k * options.Days / remaining));
                Event(day, Next());
            }
        }

        private string Next()
        {
            var company = _companyTail.Next(_rng);
            var roll = _rng.Below(100);
            switch (roll)
            {
                case < 26:
                    // Every company is marked now and then, big or small.
                    return string.Create(_c, $"type: valuation-marked, company: c{_rng.Below(shape.Companies)}, change: {Signed(_rng.Below(31) - 15)}%");
                case < 44:
                    {
                        // A fund adds to a holding of its portfolio, as funds follow on in what they already hold.
                        var fund = _rng.Below(shape.Funds);
                        return string.Create(_c, $"type: investment-made, company: {_portfolios[fund, _rng.Below(PortfolioSize)]}, investor: f{fund}, amount: {_rng.Below(100) + 1}M");
                    }

                case < 54:
                    {
                        var face = (_rng.Below(50) + 1) * 10;
                        _debtHeld[company] += face;
                        return string.Create(_c, $"type: loan-made, borrower: c{company}, lender: b{_rng.Below(shape.Banks)}, amount: {face}M");
                    }

                case < 62 when _debtHeld[company] >= 20:
                    {
                        var face = Math.Max(1, _debtHeld[company] / (_rng.Below(8) + 3));
                        _debtHeld[company] -= face;
                        var low = 80 + _rng.Below(15);
                        return _rng.Below(2) == 0
                            ? string.Create(_c, $"type: debt-sold, borrower: c{company}, face: {face}M, price: {low}%")
                            : string.Create(_c, $"type: debt-sold, borrower: c{company}, face: {face}M, price: {low}%..{low + 5}%");
                    }

                case < 74:
                    return string.Create(_c, $"type: gpus-planned, site: p{_projectTail.Next(_rng)}, gpu: {Gpu()}, count: {(_rng.Below(50) + 1) * 1000}");
                case < 86:
                    return string.Create(_c, $"type: gpus-deployed, site: p{_projectTail.Next(_rng)}, gpu: {Gpu()}, count: {(_rng.Below(50) + 1) * 100}");
                case < 90:
                    return string.Create(_c, $"type: power-deployed, site: p{_projectTail.Next(_rng)}, power: {(_rng.Below(20) + 1) * 10} MW");
                case < 96:
                    return string.Create(_c, $"type: funding-pledged, project: p{_projectTail.Next(_rng)}, amount: {_rng.Below(500) + 1}M, by: {Investor()}");
                default:
                    return string.Create(_c, $"type: donation-made, from: lp{_rng.Below(shape.Lps)}, to: c{company}, amount: {_rng.Below(20) + 1}M");
            }
        }

        private string Investor() => _rng.Below(3) == 0
            ? string.Create(_c, $"lp{_rng.Below(shape.Lps)}")
            : string.Create(_c, $"f{_rng.Below(shape.Funds)}");

        private string Gpu() => _rng.Below(3) == 0 ? "H100" : "GB200";

        /// <summary>A first valuation in millions: a few giants, many small companies.</summary>
        private long Valuation(int company) => Math.Max(50, 500_000 / (company + 1)) + (_rng.Below(50) * 10);

        private static string Signed(int percent) => percent >= 0 ? "+" + percent.ToString(CultureInfo.InvariantCulture) : percent.ToString(CultureInfo.InvariantCulture);

        private string Date(int day) => Start.AddDays(day).ToString("yyyy-MM-dd", _c);

        private void Event(string at, string body)
        {
            output.Write("  - { at: ");
            output.Write(at);
            output.Write(", ");
            output.Write(body);
            output.WriteLine(", source: gen }");
            _written++;
        }
    }

    /// <summary>
    /// Picks an index in [0, n) with weight 1/(i+1): a Zipf-like heavy tail, drawn in integers so every machine draws alike.
    /// </summary>
    private sealed class HeavyTail
    {
        private readonly long[] _cumulative;

        public HeavyTail(int n)
        {
            _cumulative = new long[n];
            long sum = 0;
            for (var i = 0; i < n; i++)
            {
                sum += Math.Max(1, 1_000_000L / (i + 1));
                _cumulative[i] = sum;
            }
        }

        public int Next(Rng rng)
        {
            var target = rng.Below(_cumulative[^1]);
            var found = Array.BinarySearch(_cumulative, target + 1);
            return found >= 0 ? found : ~found;
        }
    }

    /// <summary>SplitMix64: small, fast, and the same on every machine.</summary>
    private sealed class Rng(long seed)
    {
        private ulong _state = unchecked((ulong)seed);

        public int Below(int n) => (int)Below((long)n);

        public long Below(long n)
        {
            _state = unchecked(_state + 0x9E3779B97F4A7C15UL);
            var z = _state;
            z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
            z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
            z ^= z >> 31;
            return (long)(z % (ulong)n);
        }
    }
}

using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Values;
using MarketActors.Scenarios.Replay;

namespace MarketActors.Engine.Tests.Generation;

/// <summary>
/// Builds a run plan from a <see cref="WorldShape"/>: a world of companies, investors (some valued at NAV) and
/// projects linked into parents and operators, and events of every kind drawn from the seeds. Holdings only
/// run from later actors to earlier ones, so no ownership cycle can form. Events the rules refuse (selling
/// debt nobody holds) are dropped, one at a time, until the reference replayer accepts the plan. Some events become
/// known two weeks after they happen, some revise the figures of an earlier event (as the compiler applies a
/// figure-revised event), and a third of the worlds are replayed as known at their fourth week, so that both
/// engines also run plans that skip positions.
/// </summary>
public static class ScenarioGenerator
{
    public const int Kinds = 47;

    private static readonly DateOnly Start = new(2025, 1, 6);

    /// <summary>The date a third of the worlds are seen as known at (see <see cref="RunPlan.AsKnownAt"/>).</summary>
    public static DateOnly KnownAt { get; } = Start.AddDays(7 * 3);

    public static RunPlan Build(WorldShape shape)
    {
        var world = World(shape);
        var seeds = shape.Events.ToList();
        for (var attempt = 0; attempt <= shape.Events.Length; attempt++)
        {
            var (revised, origins) = Plan(world, seeds);
            var plan = shape.Events.Length % 3 == 1 ? revised.AsKnownAt(KnownAt) : revised;
            try
            {
                ReferenceReplayer.Replay(plan);
                return plan;
            }
            catch (RuleViolationException ex) when (ex.EventSeq >= 0)
            {
                seeds.RemoveAt(origins[ex.EventSeq]);
            }
        }

        throw new InvalidOperationException("The repair loop did not converge.");
    }

    private static World World(WorldShape shape)
    {
        var actors = new List<ActorProfile>();
        for (var i = 0; i < shape.Companies; i++)
        {
            actors.Add(ActorProfile.Simple(new ActorId($"c{i}"), ActorKind.Company, $"Company {i}"));
        }

        for (var i = 0; i < shape.Investors; i++)
        {
            actors.Add(ActorProfile.Simple(new ActorId($"i{i}"), ActorKind.Investor, $"Investor {i}") with { ValuedAtNav = i < shape.NavInvestors });
        }

        for (var i = 0; i < shape.Projects; i++)
        {
            // Odd projects sit under the one before; every project is operated by a company, some owned by an investor.
            actors.Add(ActorProfile.Simple(new ActorId($"p{i}"), ActorKind.Project, $"Project {i}") with
            {
                Parent = i % 2 == 1 ? new ActorId($"p{i - 1}") : null,
                Operator = new ActorId($"c{i % shape.Companies}"),
                Owner = i % 3 == 2 ? new ActorId($"i{i % shape.Investors}") : null,
            });
        }

        var gpus = new[]
        {
            new GpuModel("H100", 0.989m, 700m, 1m),
            new GpuModel("GB200", 2.5m, 1200m, 2.5m / 0.989m),
            new GpuModel("MI300", 1.3m, 750m, 1.3m / 0.989m),
        };
        return Domain.Actors.World.Create("generated", "Generated world", actors, [new PersonProfile("analyst", "An analyst", null)], gpus);
    }

    private static (RunPlan Plan, List<int> Origins) Plan(World world, List<EventSeed> seeds)
    {
        var companies = world.Actors.Where(a => a.Kind == ActorKind.Company).Select(a => a.Id).ToArray();
        var investors = world.Actors.Where(a => a.Kind == ActorKind.Investor).Select(a => a.Id).ToArray();
        var projects = world.Actors.Where(a => a.Kind == ActorKind.Project).Select(a => a.Id).ToArray();
        var ranked = companies.Concat(investors).ToArray();
        var written = new List<(int Origin, DateOnly At, MarketEvent Body, DateOnly Known)>();
        for (var i = 0; i < seeds.Count; i++)
        {
            var s = seeds[i];
            var body = Event(s, world, companies, investors, projects, ranked);
            var at = Start.AddDays(7 * s.Day);

            // Some events are disclosed two weeks after they happen (revisions are known on their own date).
            var known = s.C % 7 == 3 && body is not FigureRevised ? at.AddDays(14) : at;
            written.Add((i, at, body, known));

            // A round's tranches fall due on their own dates, after the round's written events (as the compiler
            // schedules them), known no earlier than the round; they name the round by its seed until Link knows its position.
            if (body is RoundClosed round)
            {
                written.AddRange(round.Tranches.Select((t, k) => (i, t.At, (MarketEvent)new TrancheSettled(round.Company, "?" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), k, t), known > t.At ? known : t.At)));
            }
        }

        var ordered = written.OrderBy(w => w.At).ThenBy(w => w.Body is TrancheSettled).ThenBy(w => w.Origin).ToList();
        var events = Link([.. ordered.Select((w, seq) => new ScheduledEvent(seq, w.At, w.At.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null, w.Body.GetType().Name, ["generated"], null, w.Body) { Known = w.Known > w.At ? w.Known : null })], ordered.Select(w => w.Origin).ToList());
        return (new RunPlan(world, [.. events], 0), ordered.Select(w => w.Origin).ToList());
    }

    /// <summary>
    /// Points events that name an offer at the latest offer scheduled before them (events without ids are named by
    /// "#" and their position): a sale fills it, a closing ends it. A closing with no offer before it says nothing
    /// instead. Offers already closed are refused by the rules, and the repair loop drops them. In the same way a
    /// ruling names the latest suit (and appeals the suit's latest ruling), a resolution the latest claim, and a
    /// revision the latest event with figures, whose figures it halves as the compiler would revise them.
    /// </summary>
    private static List<ScheduledEvent> Link(List<ScheduledEvent> events, List<int> origins)
    {
        var bodies = events.Select(e => e.Body).ToList();
        var rounds = new Dictionary<string, int>(StringComparer.Ordinal);
        (int Seq, DebtSold? Body) Latest(int before, Func<DebtSold, bool> match) =>
            Enumerable.Range(0, before).Reverse().Select(i => (Seq: i, Body: bodies[i] as DebtSold)).FirstOrDefault(o => o.Body is { Completed: false } offer && match(offer));
        static string Key(int seq) => "#" + seq.ToString(System.Globalization.CultureInfo.InvariantCulture);
        (int Seq, BidMade? Bid) LatestBid(int before, Func<BidMade, bool> match) =>
            Enumerable.Range(0, before).Reverse().Select(i => (Seq: i, Bid: bodies[i] as BidMade)).FirstOrDefault(b => b.Bid is { } bid && match(bid));
        (int Seq, RoundClosed? Round) LatestRound(int before) =>
            Enumerable.Range(0, before).Reverse().Select(i => (Seq: i, Round: bodies[i] as RoundClosed)).FirstOrDefault(r => r.Round?.Tranches.Any(t => t.Condition is not null) == true);
        (int Seq, T? Body) LatestOf<T>(int before, Func<T, bool>? match = null)
            where T : MarketEvent =>
            Enumerable.Range(0, before).Reverse().Select(i => (Seq: i, Body: bodies[i] as T)).FirstOrDefault(x => x.Body is { } b && (match is null || match(b)));
        for (var seq = 0; seq < bodies.Count; seq++)
        {
            bodies[seq] = bodies[seq] switch
            {
                OfferClosed closed when LatestBid(seq, _ => true) is { Bid: { } b } bid && (Latest(seq, _ => true) is not { Body: not null } offer || bid.Seq > offer.Seq)
                    => closed with { Party = b.Target, Offer = Key(bid.Seq) },
                OfferClosed closed when Latest(seq, _ => true) is { Body: { } o } latest => closed with { Party = o.Borrower, Offer = Key(latest.Seq) },
                CompanyAcquired { Completes: "?" } deal when LatestBid(seq, b => b.Target == deal.Target) is { Bid: not null } bid => deal with { Completes = Key(bid.Seq) },
                CompanyAcquired { Completes: "?" } deal => deal with { Completes = null },
                OfferClosed => new StatementMade("analyst", ActorId.Outside, "an offer nobody made"),
                TrancheSettled settled => settled with { Round = Key(rounds[settled.Round]) },
                ConditionResolved resolved when LatestRound(seq) is { Round: { } r } latest
                    => resolved with { Company = r.Company, Round = Key(latest.Seq), Condition = r.Tranches.First(t => t.Condition is not null).Condition! },
                ConditionResolved => new StatementMade("analyst", ActorId.Outside, "a condition of no round"),
                WarrantVested vested when Enumerable.Range(0, seq).Reverse().Select(i => (Seq: i, Warrant: bodies[i] as WarrantGranted)).FirstOrDefault(w => w.Warrant is not null) is { Warrant: { } w } latest
                    => vested with { Company = w.Company, Warrant = Key(latest.Seq), Amount = w.Stake!.Value / 4 },
                WarrantVested => new StatementMade("analyst", ActorId.Outside, "a warrant nobody granted"),
                DebtSold { Fills: "?" } sale when Latest(seq, o => o.Borrower == sale.Borrower) is { Body: not null } latest => sale with { Fills = Key(latest.Seq) },
                DebtSold { Supersedes: "?" } sale when Latest(seq, o => o.Borrower == sale.Borrower) is { Body: not null } latest => sale with { Supersedes = Key(latest.Seq) },
                DebtSold { Fills: "?" } or DebtSold { Supersedes: "?" } => ((DebtSold)bodies[seq]) with { Fills = null, Supersedes = null },
                RulingMade ruling when LatestOf<LawsuitFiled>(seq) is { Body: { } suit } filed => Rule(ruling, suit, Key(filed.Seq), LatestOf<RulingMade>(seq, r => r.Lawsuit == Key(filed.Seq)) is { Body: not null } earlier ? Key(earlier.Seq) : null),
                RulingMade => new StatementMade("analyst", ActorId.Outside, "a ruling in no suit"),
                ClaimResolved resolved when LatestOf<ClaimMade>(seq) is { Body: { } claim } made => resolved with { Subject = claim.Subject, Claim = Key(made.Seq), By = seq > made.Seq + 1 ? Key(seq - 1) : null },
                ClaimResolved => new StatementMade("analyst", ActorId.Outside, "a claim nobody made"),
                FigureRevised when LatestOf<MarketEvent>(seq, HasFigures) is { Body: { } target } revised => Revise(events, bodies, revised.Seq, seq),
                FigureRevised => new StatementMade("analyst", ActorId.Outside, "a revision of nothing"),
                var other => other,
            };
            if (bodies[seq] is RoundClosed)
            {
                rounds["?" + origins[seq].ToString(System.Globalization.CultureInfo.InvariantCulture)] = seq;
            }
        }

        return [.. events.Select((e, seq) => e with { Body = bodies[seq], Type = bodies[seq].GetType().Name })];
    }

    /// <summary>A ruling in a suit: its parties from the suit, damages (if any) from the first defendant to the first plaintiff.</summary>
    private static RulingMade Rule(RulingMade ruling, LawsuitFiled suit, string key, string? appealOf)
    {
        var pays = ruling.Outcome is RulingOutcome.ForPlaintiffs or RulingOutcome.Settled;
        return ruling with
        {
            Lawsuit = key,
            Plaintiffs = suit.Plaintiffs,
            Defendants = suit.Defendants,
            Damages = pays ? [.. ruling.Damages.Select(d => d with { From = suit.Defendants[0], To = suit.Plaintiffs[^1] })] : [],
            AppealOf = ruling.AppealOf is null ? null : appealOf,
        };
    }

    private static bool HasFigures(MarketEvent e)
    {
        var any = false;
        e.MapFigures((_, figure) =>
        {
            any = true;
            return figure;
        });
        return any && e is not (ClaimMade or FigureRevised or TrancheSettled);
    }

    /// <summary>
    /// Halves the first figure of the event at <paramref name="target"/>, as a revision known on the date of the one at
    /// <paramref name="revision"/> (or when the target became known, if later), and returns the revision's own record.
    /// </summary>
    private static FigureRevised Revise(List<ScheduledEvent> events, List<MarketEvent> bodies, int target, int revision)
    {
        string? first = null;
        Figure before = default, after = default;
        var revised = bodies[target].MapFigures((field, figure) =>
        {
            if (first is not null)
            {
                return figure;
            }

            (first, before, after) = (field, figure, figure.Scale(0.5m));
            return after;
        });
        var figures = ImmutableArray.Create(new RevisedFigure(first!, Domain.Metrics.MetricUnit.Usd, before, after));
        var known = events[target].KnownOn > events[revision].At ? events[target].KnownOn : events[revision].At;
        events[target] = events[target] with { Revisions = [.. events[target].Revisions, new FigureRevision(events[revision].At, known, null, ["generated"], figures, bodies[target])] };
        events[revision] = events[revision] with { Known = known > events[revision].At ? known : null };
        bodies[target] = revised;
        return new FigureRevised(revised.Primary, "#" + target.ToString(System.Globalization.CultureInfo.InvariantCulture), events[target].At, figures);
    }

    /// <summary>Power from 100 MW to 2.5 GW, sometimes stated as approximate or as a range.</summary>
    private static Figure Power(EventSeed s)
    {
        var mw = (Math.Abs(s.Amount) % 25 + 1) * 100m;
        return (Math.Abs(s.B) % 3) switch
        {
            0 => Figure.Of(mw, FigureBound.Approximate),
            1 => Figure.Between(mw, mw * 2),
            _ => Figure.Of(mw),
        };
    }

    private static MarketEvent Event(EventSeed s, World world, ActorId[] companies, ActorId[] investors, ActorId[] projects, ActorId[] ranked)
    {
        static T Pick<T>(T[] items, int index) => items[Math.Abs(index) % items.Length];
        var money = Figure.Of((Math.Abs(s.Amount) % 2_000 + 1) * 1_000_000m + (Math.Abs(s.C) % 100) / 100m);
        var fraction = (Math.Abs(s.B) % 60 + 1) / 100m;
        var project = Pick(projects, s.A);
        var company = Pick(companies, s.A);
        var anyone = Pick(ranked, s.B);
        var gpu = Pick(world.Gpus.Select(g => g.Name).ToArray(), s.C);
        var count = Figure.Of((Math.Abs(s.Amount) % 500 + 1) * 100m);
        switch (Math.Abs(s.Kind) % Kinds)
        {
            case 0: return new FundingAnnounced(project, money, s.C % 2 == 0 ? "4y" : null, s.C % 3 == 0 ? money.Scale(0.2m) : null);
            case 1: return new FundingPledged(project, money, s.C % 2 == 0 ? anyone : null, null);
            case 2: return new FundingCommitted(project, money, anyone);
            case 3: return new CapitalCalled(project, anyone, money);
            case 4:
            case 5:
                {
                    // An issuer and a holder ranked after it: holdings never form a cycle.
                    var issuerRank = Math.Abs(s.A) % (ranked.Length - 1);
                    var holder = ranked[issuerRank + 1 + (Math.Abs(s.B) % (ranked.Length - issuerRank - 1))];
                    return new InvestmentMade(ranked[issuerRank], holder, money, s.Kind % 2 == 0 || s.C % 2 == 0 ? fraction : null);
                }

            case 6: return new DonationMade(anyone, Pick(ranked, s.C), money);
            case 7: return new LoanMade(company, [new ActorAmount(Pick(investors, s.B), money.Point), .. s.C % 2 == 0 ? new[] { new ActorAmount(Pick(investors, s.B + 1), money.Point / 2) } : []], null);
            case 8:
                {
                    var targetRank = Math.Abs(s.A) % (ranked.Length - 1);
                    var buyer = ranked[targetRank + 1 + (Math.Abs(s.B) % (ranked.Length - targetRank - 1))];
                    return new CompanyAcquired(ranked[targetRank], money, [new ActorAmount(buyer, fraction)]);
                }

            case 9:
            case 10:
                return new DebtSold(company, Figure.Of(Math.Max(1, money.Point / 4)), s.C % 2 == 0 ? Figure.Between(0.85m, 0.95m) : Figure.Of(0.9m), [], s.C % 3 == 0 ? Pick(investors, s.C) : ActorId.Outside, s.Kind == 9, null)
                {
                    // Some sales fill, and some offers replace, the latest offer before them (see Link).
                    Fills = s.Kind == 9 && s.B % 3 == 0 ? "?" : null,
                    Supersedes = s.Kind == 10 && s.B % 3 == 0 ? "?" : null,
                };
            case 11:
                // A value, or (for some seeds) a market price with the shares outstanding, stated once and kept.
                return s.C % 3 == 0
                    ? new ValuationMarked(company, null, null, "analyst", Figure.Of((Math.Abs(s.B) % 200) + 1.25m), s.C % 2 == 0 ? Figure.Of(money.Point / 100) : null)
                    : new ValuationMarked(company, money.Scale(10), null, "analyst");
            case 12: return new ValuationMarked(company, null, -(Math.Abs(s.B) % 50) / 100m, null, From: s.C % 3 == 0 ? money.Scale(8) : null);
            case 13: return new NetWorthReported(Pick(ranked, s.A), money.Scale(3), "analyst");
            case 14: return new GpusPlanned(s.C % 4 == 0 ? company : project, gpu, count, null);
            case 15: return new GpusDeployed(s.C % 4 == 0 ? company : project, gpu, count, GpuStatus.Online);
            case 16: return new GpusDeployed(project, gpu, count, GpuStatus.UnderConstruction);
            case 17: return new ClaimMade("analyst", project, s.C % 2 == 0 ? anyone : null, "a claim", s.C % 3 == 0 ? ClaimStance.Denies : ClaimStance.Asserts, money, []);
            case 18: return new JobsPledged(project, count);
            case 19: return new LayoffsAnnounced(company, count, s.C % 2 == 0 ? fraction : null);
            case 20: return new OddsQuoted("analyst", Pick(ranked, s.A), "something happens", $"q{Math.Abs(s.C) % 3}", fraction);
            case 21: return new LawsuitFiled([anyone], [company], "a suit");
            case 22: return new DataProvided(company, Pick(companies, s.B), "a data set");
            case 23: return new DatacentersPlanned(project, Figure.Of(Math.Abs(s.B) % 30 + 1), "somewhere", s.C % 2 == 0 ? [new RegionCount("north", 1)] : []);
            case 24: return new MilestoneSet(project, "first site online", Start.AddDays(400), "2026");
            case 25: return new StatementMade("analyst", anyone, "a statement");
            case 26: return new OfferClosed(ActorId.Outside, "?", (OfferOutcome)(Math.Abs(s.C) % 3), s.B % 2 == 0 ? "no buyers" : null);
            case 27: return new DebtSold(company, Figure.Of(Math.Max(1, money.Point / 4)), Figure.Of(0.9m), [], ActorId.Outside, false, null);
            case 28:
                {
                    // A round of one to three investors ranked after the company, priced above what they commit; the
                    // first investor's money comes in two tranches, the second one conditional for some seeds.
                    var issuerRank = Math.Abs(s.A) % (ranked.Length - 1);
                    var after = ranked.Length - issuerRank - 1;
                    var investorsOf = Enumerable.Range(0, 1 + (Math.Abs(s.B) % Math.Min(3, after))).Select(k => ranked[issuerRank + 1 + ((Math.Abs(s.B) + k) % after)]).Distinct().ToList();
                    var commitments = investorsOf.Select((inv, k) => new ActorAmount(inv, money.Point + (k * 1_000_000m))).ToImmutableArray();
                    var at = Start.AddDays(7 * s.Day);
                    var tranches = s.C % 2 == 0
                        ? ImmutableArray.Create(
                            new RoundTranche(commitments[0].Actor, Figure.Of(commitments[0].Value / 2), at.AddDays(7), "later", null, null),
                            new RoundTranche(commitments[0].Actor, Figure.Of(commitments[0].Value / 2), at.AddDays(14), "later still", s.C % 4 == 0 ? "approval" : null, s.C % 4 == 0 && s.B % 2 == 0 ? Figure.Of(commitments[0].Value / 4) : null))
                        : [];
                    var post = Figure.Of((commitments.Sum(c => c.Value) * (2 + (Math.Abs(s.C) % 5))) + 0.01m);
                    return new RoundClosed(ranked[issuerRank], s.B % 3 == 0 ? Figure.Of(post.Point - commitments.Sum(c => c.Value)) : null, s.B % 3 == 0 ? null : post, commitments, tranches, null);
                }

            case 29: return new ConditionResolved(ActorId.Outside, "?", "?", s.B % 2 == 0);
            case 30:
                {
                    var targetRank = Math.Abs(s.A) % (ranked.Length - 1);
                    return new BidMade(ranked[targetRank], [ranked[targetRank + 1 + (Math.Abs(s.B) % (ranked.Length - targetRank - 1))]], money.Scale(10), fraction);
                }

            case 32:
                {
                    // The outside world and, when it holds some, the holder ranked next sell to a later-ranked buyer.
                    var rank = Math.Abs(s.A) % (ranked.Length - 1);
                    var buyer = ranked[rank + 1 + (Math.Abs(s.B) % (ranked.Length - rank - 1))];
                    var part = fraction / 4;
                    return new SharesSold(ranked[rank], [new ActorAmount(ActorId.Outside, part)], [new ActorAmount(buyer, part)], money.Scale(5));
                }

            case 33: return new ContractSigned(anyone, Pick(companies, s.C), money.Scale(3), s.B % 2 == 0 ? "5y" : null, "compute");
            case 34:
                {
                    // A company absorbs one ranked after it, at values of their own; cycles the merger would close are
                    // refused by the rules and dropped by the repair loop.
                    var rank = Math.Abs(s.A) % (ranked.Length - 1);
                    var absorbed = ranked[rank + 1 + (Math.Abs(s.B) % (ranked.Length - rank - 1))];
                    return new CompaniesMerged(ranked[rank], [new ActorAmount(ranked[rank], money.Point * 3), new ActorAmount(absorbed, money.Point)]);
                }

            case 35:
                {
                    // A warrant on a share of a company, partly vested at once; later seeds vest more of the latest one.
                    var rank = Math.Abs(s.A) % (ranked.Length - 1);
                    return new WarrantGranted(ranked[rank], ranked[rank + 1 + (Math.Abs(s.B) % (ranked.Length - rank - 1))], null, fraction / 2, money.Scale(4), s.C % 2 == 0 ? fraction / 8 : 0m);
                }

            case 36: return new WarrantVested(ActorId.Outside, "?", 0m, "a milestone");
            case 31:
                {
                    // An acquisition that completes the latest bid for its target, when there is one (see Link).
                    var targetRank = Math.Abs(s.A) % (ranked.Length - 1);
                    var buyer = ranked[targetRank + 1 + (Math.Abs(s.B) % (ranked.Length - targetRank - 1))];
                    return new CompanyAcquired(ranked[targetRank], money, [new ActorAmount(buyer, fraction)], "?");
                }

            case 37: return new PowerPlanned(s.C % 4 == 0 ? company : project, Power(s), s.B % 2 == 0 ? "2026" : null);
            case 38: return new PowerDeployed(s.C % 4 == 0 ? company : project, Power(s), s.B % 3 == 0 ? GpuStatus.UnderConstruction : GpuStatus.Online);
            case 39:
                // A plan restated: of a GPU model (often below what has started, which the rules refuse and the
                // repair loop drops), or of power.
                return s.B % 2 == 0
                    ? new CapacityRestated(s.C % 4 == 0 ? company : project, s.C % 3 == 0 ? GpuModel.Unstated : gpu, count.Scale(1 + (Math.Abs(s.C) % 3)), null)
                    : new CapacityRestated(s.C % 4 == 0 ? company : project, null, null, Power(s).Scale(2));
            case 40:
                {
                    // A commitment released per step of power or GPUs online: into a company by an actor ranked after
                    // it, as shares (no cycle can form), or into a project as funding.
                    var issuerRank = Math.Abs(s.A) % (ranked.Length - 1);
                    var backer = ranked[issuerRank + 1 + (Math.Abs(s.B) % (ranked.Length - issuerRank - 1))];
                    var toProject = s.C % 2 == 0 || world.Profile(ranked[issuerRank]).Kind != ActorKind.Company;
                    var perGpus = s.B % 3 == 0;
                    return new CommitmentMade(
                        toProject ? Pick(investors, s.B) : backer,
                        toProject ? project : ranked[issuerRank],
                        money.Scale(3),
                        money,
                        perGpus ? Figure.Of(count.Point / 2) : Figure.Of((Math.Abs(s.Amount) % 5 + 1) * 100m),
                        perGpus ? ReleaseUnit.Gpus : ReleaseUnit.Megawatts,
                        toProject ? ReleaseAs.Funding : ReleaseAs.Investment);
                }

            case 41:
                {
                    // GPUs of no stated model, planned or online, some stated loosely.
                    var site = s.C % 4 == 0 ? company : project;
                    var stated = s.B % 3 == 0 ? Figure.Of(count.Point, FigureBound.AtLeast) : s.B % 3 == 1 ? Figure.Of(count.Point, FigureBound.Approximate) : count;
                    return s.C % 2 == 0 ? new GpusPlanned(site, GpuModel.Unstated, stated, null) : new GpusDeployed(site, GpuModel.Unstated, stated, GpuStatus.Online);
                }

            case 42:
                {
                    // One or two plaintiffs against one or two companies, never on both sides (see Link for rulings).
                    var defendants = s.C % 2 == 0 && companies.Length > 1 ? new[] { company, Pick(companies, s.A + 1) } : [company];
                    var plaintiffs = ranked.Where(a => !defendants.Contains(a)).ToArray();
                    return plaintiffs.Length == 0
                        ? new StatementMade("analyst", company, "a suit with nobody to bring it")
                        : new LawsuitFiled([.. new[] { Pick(plaintiffs, s.B), Pick(plaintiffs, s.B + 1) }.Distinct()], [.. defendants], "a suit");
                }

            case 43:
                return new RulingMade("?", (RulingOutcome)(Math.Abs(s.C) % 4), [new Payment(ActorId.Outside, ActorId.Outside, money)], s.B % 2 == 0 ? "?" : null, [], []);
            case 44: return new ClaimResolved(ActorId.Outside, "?", (ClaimOutcome)(Math.Abs(s.C) % 3), null);
            case 45: return new FigureRevised(ActorId.Outside, "?", default, []);
            default: return new ModelReleased(company, $"model-{Math.Abs(s.C) % 9}", s.C % 2 == 0 ? money.Scale(0.01m) : null, true, null);
        }
    }
}

using System.Collections.Immutable;
using MarketActors.Domain.Actors;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Rules;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Books;

/// <summary>
/// One actor's books: its ledger, the registers it keeps as an issuer and a borrower, its positions, its capacity
/// and its records. The same class serves the grain engine and the reference replayer; only the rules in
/// <see cref="Rulebook"/> change it, one message at a time.
/// </summary>
public sealed partial class ActorBook
{
    private readonly SortedDictionary<string, decimal> _balances = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, decimal> _memo = new(StringComparer.Ordinal);
    private readonly List<BookRecord> _records = [];
    private readonly World _world;

    /// <summary>Sums over accounts of a kind (all stakes, all loans...), kept as lines are posted: see <see cref="Sum"/>.</summary>
    private readonly decimal[] _sums = new decimal[(int)Sum.Count];

    /// <summary>Assets at value less liabilities at face, kept as lines are posted.</summary>
    private decimal _netWorth;

    /// <summary>The kinds of account whose balances metrics add up, over every position.</summary>
    private enum Sum
    {
        None = -1,
        Stakes,
        Warrants,
        Loans,
        LoanMarks,
        Debt,
        Contributions,
        Realized,
        Unrealized,
        Pledges,
        Commitments,
        Purchases,
        Released,
        Count,
    }

    /// <summary>Opens empty books for an actor of a world.</summary>
    public ActorBook(World world, ActorId id)
    {
        ArgumentNullException.ThrowIfNull(world);
        _world = world;
        Profile = world.Profile(id);
    }

    /// <summary>The actor's static facts.</summary>
    public ActorProfile Profile { get; }

    /// <summary>The actor's id.</summary>
    public ActorId Id => Profile.Id;

    /// <summary>The market value of 100% of the equity when deals or marks set it; null while it follows the books.</summary>
    public decimal? Valuation { get; internal set; }

    /// <summary>Shares outstanding, once a mark by price states them.</summary>
    internal decimal? SharesOutstanding { get; set; }

    /// <summary>Holders of this actor's equity and their shares (0–1). Shares not listed are held outside the scenario.</summary>
    internal SortedDictionary<ActorId, decimal> Holders { get; } = new(ActorId.Comparer);

    /// <summary>Stakes this actor holds in others, as shares (0–1).</summary>
    internal SortedDictionary<ActorId, decimal> Stakes { get; } = new(ActorId.Comparer);

    /// <summary>This actor's debt by holder, at face.</summary>
    internal SortedDictionary<ActorId, decimal> DebtOwed { get; } = new(ActorId.Comparer);

    /// <summary>The last market price of this actor's debt, as a fraction of face.</summary>
    internal Figure? DebtPrice { get; set; }

    /// <summary>Debt of others held, at face, by borrower.</summary>
    internal SortedDictionary<ActorId, decimal> DebtHeld { get; } = new(ActorId.Comparer);

    /// <summary>Offers of this actor's debt still open, by the offer's id, with the face not yet sold against them.</summary>
    internal SortedDictionary<string, decimal> OpenOffers { get; } = new(StringComparer.Ordinal);

    /// <summary>Bids for this actor still open, by the bid's id, with the price offered.</summary>
    internal SortedDictionary<string, decimal> OpenBids { get; } = new(StringComparer.Ordinal);

    /// <summary>Warrants on this actor's shares, by the warrant's id.</summary>
    internal SortedDictionary<string, WarrantTerms> Warrants { get; } = new(StringComparer.Ordinal);

    /// <summary>What each warrant this actor holds is worth, by "issuer|warrant id".</summary>
    internal SortedDictionary<string, decimal> WarrantValues { get; } = new(StringComparer.Ordinal);

    /// <summary>Rounds this actor closed, by the round's id, as their tranches need them.</summary>
    internal SortedDictionary<string, RoundState> Rounds { get; } = new(StringComparer.Ordinal);

    /// <summary>The last market price seen for each borrower's debt held.</summary>
    internal SortedDictionary<ActorId, Figure> DebtHeldPrices { get; } = new(ActorId.Comparer);

    /// <summary>Own GPUs by model.</summary>
    internal SortedDictionary<string, CapacityLine> Capacity { get; } = new(StringComparer.Ordinal);

    /// <summary>GPUs of sites that roll up to this actor, by model.</summary>
    internal SortedDictionary<string, CapacityLine> RolledUp { get; } = new(StringComparer.Ordinal);

    /// <summary>The lines <see cref="RolledUp"/> sums, by model and site, so that each sum keeps the qualifiers of its parts.</summary>
    internal SortedDictionary<string, SortedDictionary<ActorId, CapacityLine>> RolledUpSites { get; } = new(StringComparer.Ordinal);

    /// <summary>Own power, planned and brought online apart from any GPU's watts.</summary>
    internal PowerLine? Power { get; set; }

    /// <summary>Power of sites that roll up to this actor.</summary>
    internal PowerLine? RolledUpPower { get; set; }

    /// <summary>The lines <see cref="RolledUpPower"/> sums, by site.</summary>
    internal SortedDictionary<ActorId, PowerLine> RolledUpPowerSites { get; } = new(ActorId.Comparer);

    /// <summary>Commitments made to this actor that capacity brought online releases, by the commitment's id.</summary>
    internal SortedDictionary<string, CommitmentState> Commitments { get; } = new(StringComparer.Ordinal);

    /// <summary>Plain figures set by narrative events (jobs, odds, data centres...), by metric name.</summary>
    internal SortedDictionary<string, decimal> Figures { get; } = new(StringComparer.Ordinal);

    /// <summary>The regional breakdown of the data centres planned.</summary>
    internal ImmutableArray<Events.RegionCount> DatacenterRegions { get; set; } = [];

    /// <summary>The net worth last reported, and its day: the books hold to it until that day ends.</summary>
    internal ReportedFigure? Reported { get; set; }

    /// <summary>The equity value holders were last told; cascades fire when the books move it.</summary>
    internal decimal? LastNotifiedEquity { get; set; }

    /// <summary>The value of 100% of the equity: the valuation when set, else the net worth.</summary>
    public decimal EquityValue => Valuation ?? NetWorth;

    /// <summary>Assets at value less liabilities at face.</summary>
    public decimal NetWorth => _netWorth;

    /// <summary>The balance of a balance-book account (signed, debit positive).</summary>
    public decimal Balance(string account) => _balances.GetValueOrDefault(account);

    /// <summary>The balance-book accounts of the classes given, with their balances, in account order.</summary>
    internal ImmutableArray<KeyValuePair<string, decimal>> Balances(params ReadOnlySpan<AccountClass> classes)
    {
        var result = ImmutableArray.CreateBuilder<KeyValuePair<string, decimal>>();
        foreach (var balance in _balances)
        {
            if (classes.Contains(Accounts.ClassOf(balance.Key)))
            {
                result.Add(balance);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The balance of a memo account (signed, debit positive).</summary>
    public decimal MemoBalance(string account) => _memo.GetValueOrDefault(account);

    /// <summary>
    /// Applies one message and reports what it changed. Any equity cascade it causes (holders of an actor whose
    /// equity follows its books) is sent from here, so that no rule has to remember it.
    /// </summary>
    public AppliedMessage Apply(Message message, ApplyContext context, int step, int index)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(context);
        // The metrics before and after, read into buffers on the stack: what changed is the difference, with no map
        // built per message. Capacity and narrative figures are read only for actors that have them.
        Span<decimal> before = stackalloc decimal[FixedCount];
        Span<decimal> after = stackalloc decimal[FixedCount];
        Span<decimal> capacityBefore = stackalloc decimal[CapacityCount];
        Span<decimal> capacityAfter = stackalloc decimal[CapacityCount];
        Fixed(before);
        var hadCapacity = HasCapacity;
        if (hadCapacity)
        {
            CapacityValues(capacityBefore);
        }

        var figuresBefore = Figures.Count > 0 ? Figures.ToArray() : null;

        Rulebook.Apply(this, message.Payload, context);
        CapitalRules.Reconcile(this, context);
        if (Valuation is null && Holders.Count > 0 && LastNotifiedEquity != NetWorth)
        {
            NotifyHolders(context, NetWorth, except: []);
        }

        Fixed(after);
        var hasCapacity = hadCapacity || HasCapacity;
        if (hasCapacity)
        {
            CapacityValues(capacityAfter);
        }

        var deltas = hasCapacity
            ? Diff(before, after, capacityBefore, capacityAfter, figuresBefore)
            : Diff(before, after, [], [], figuresBefore);
        return new AppliedMessage(context.EventSeq, step, Id, index, deltas, [.. context.Lines]);
    }

    /// <summary>Posts a balanced entry to the context and to these books.</summary>
    internal void Post(ApplyContext context, string book, string memo, params ReadOnlySpan<Leg> legs)
    {
        var isMemo = book == Accounts.MemoBook;
        var target = isMemo ? _memo : _balances;
        foreach (var line in context.Post(book, memo, legs))
        {
            var (kind, counts) = isMemo ? (MemoKind(line.Account), false) : BalanceKind(line.Account);
            if (kind != Sum.None)
            {
                _sums[(int)kind] += line.Amount;
            }

            if (counts)
            {
                _netWorth += line.Amount;
            }

            var balance = target.GetValueOrDefault(line.Account) + line.Amount;
            if (balance == 0)
            {
                target.Remove(line.Account);
            }
            else
            {
                target[line.Account] = balance;
            }
        }
    }

    /// <summary>What a balance-book account adds to: a sum over positions, and whether it counts in net worth (assets and liabilities do).</summary>
    private static (Sum Kind, bool CountsInNetWorth) BalanceKind(string account)
    {
        var colon = account.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return (Sum.None, Accounts.ClassOf(account) != AccountClass.Equity);
        }

        return account.AsSpan(0, colon) switch
        {
            "stake" => (Sum.Stakes, true),
            "warrant" => (Sum.Warrants, true),
            "loan" => (Sum.Loans, true),
            "loan-mark" => (Sum.LoanMarks, true),
            "debt" => (Sum.Debt, true),
            "contribution" => (Sum.Contributions, true),
            "realized" => (Sum.Realized, false),
            "revaluation" => (Sum.Unrealized, false),
            _ => (Sum.None, Accounts.ClassOf(account) != AccountClass.Equity),
        };
    }

    /// <summary>What a memo account adds to, over every counterparty.</summary>
    private static Sum MemoKind(string account) => account switch
    {
        _ when account.StartsWith("pledge-made:", StringComparison.Ordinal) => Sum.Pledges,
        _ when account.StartsWith("commitment-made:", StringComparison.Ordinal) => Sum.Commitments,
        _ when account.StartsWith("purchase-commitment:", StringComparison.Ordinal) => Sum.Purchases,
        _ when account.StartsWith("commitment-released:", StringComparison.Ordinal) => Sum.Released,
        _ => Sum.None,
    };

    /// <summary>Posts a memo line (a figure said or promised, not money moved): the account against the memo offset, in cents.</summary>
    internal void Memo(ApplyContext context, string account, decimal amount, string memo)
    {
        var cents = Amounts.Cents(amount);
        Post(context, Accounts.MemoBook, memo, new Leg(account, cents), new Leg(Accounts.MemoOffset, -cents));
    }

    /// <summary>
    /// Moves an asset account of a <paramref name="position"/> to <paramref name="target"/>, booking the difference
    /// as an unrealised gain or loss on that position.
    /// </summary>
    internal void Revalue(ApplyContext context, string account, string position, decimal target, string memo)
    {
        var diff = Amounts.Cents(target) - Balance(account);
        Post(context, Accounts.BalanceBook, memo, new Leg(account, diff), new Leg(Accounts.Revaluation(position), -diff));
    }

    /// <summary>
    /// Sells a <paramref name="fraction"/> (0–1] of a position carried in <paramref name="accounts"/> for
    /// <paramref name="receipts"/>: the sold part of each account and of the position's unrealised marks leaves the
    /// books, and what the receipts differ from the sold part's cost is realised. What is kept keeps its marks.
    /// </summary>
    /// <returns>The gain (negative: loss) realised.</returns>
    internal decimal Sell(ApplyContext context, string position, ReadOnlySpan<string> accounts, decimal fraction, IReadOnlyList<ActorAmount> receipts, string memo)
    {
        var legs = new List<Leg>(receipts.Count + accounts.Length + 2);
        var balance = 0m;
        foreach (var receipt in receipts)
        {
            legs.Add(new Leg(Accounts.Cash, receipt.Value, receipt.Actor));
            balance += receipt.Value;
        }

        // Whole positions leave whole; a part takes its share of each balance, in cents.
        foreach (var account in accounts)
        {
            var part = fraction >= 1 ? Balance(account) : Amounts.Cents(Balance(account) * fraction);
            legs.Add(new Leg(account, -part));
            balance -= part;
        }

        var unrealised = Accounts.Revaluation(position);
        var marks = fraction >= 1 ? Balance(unrealised) : Amounts.Cents(Balance(unrealised) * fraction);
        legs.Add(new Leg(unrealised, -marks));
        balance -= marks;
        legs.Add(new Leg(Accounts.Realized(position), -balance));
        Post(context, Accounts.BalanceBook, memo, [.. legs]);
        return balance;
    }

    /// <summary>Tells every holder (but those told otherwise) the new value of this actor's equity.</summary>
    internal void NotifyHolders(ApplyContext context, decimal equityValue, IReadOnlyCollection<ActorId> except)
    {
        LastNotifiedEquity = equityValue;
        foreach (var (holder, share) in Holders)
        {
            if (!except.Contains(holder))
            {
                context.Send(holder, new StakeRepriced(Id, share, equityValue));
            }
        }

        foreach (var (key, warrant) in Warrants)
        {
            context.Send(warrant.Holder, new WarrantValued(Id, key, Amounts.Cents(warrant.Value(equityValue, SharesOutstanding))));
        }
    }

    /// <summary>Keeps a record.</summary>
    internal void Note(ApplyContext context, string kind, string text) => _records.Add(new BookRecord(context.EventSeq, context.At, kind, text));

    /// <summary>Keeps a record made elsewhere.</summary>
    internal void Note(BookRecord record) => _records.Add(record);

    /// <summary>Sets an amount in a register (a share, a face, an offer), removing it at zero.</summary>
    internal static void SetShare<TKey>(SortedDictionary<TKey, decimal> register, TKey key, decimal value)
        where TKey : notnull
    {
        if (value == 0)
        {
            register.Remove(key);
        }
        else
        {
            register[key] = value;
        }
    }
}

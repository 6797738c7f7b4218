using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Books;

/// <summary>
/// The chart of accounts. Every actor keeps the same accounts; the part after the colon names the other actor.
/// Assets are debit-normal, liabilities and equity credit-normal, so net worth is assets plus (negative)
/// liabilities, and equals minus the sum of the equity accounts.
/// </summary>
public static class Accounts
{
    /// <summary>The balance book: money.</summary>
    public const string BalanceBook = "balance";

    /// <summary>The memo book: announced, pledged, committed and funded figures, which move no money.</summary>
    public const string MemoBook = "memo";

    /// <summary>Cash (asset).</summary>
    public const string Cash = "cash";

    /// <summary>Net worth explained by a report rather than by the scenario's entries (asset).</summary>
    public const string OtherHoldings = "other-holdings";

    /// <summary>Equity raised by issuing shares (equity).</summary>
    public const string PaidIn = "paid-in";

    /// <summary>Capital paid in by a project's backers (equity).</summary>
    public const string Contributions = "contributions";

    /// <summary>Donations given (debit) and received (credit) (equity).</summary>
    public const string Donations = "donations";

    /// <summary>Damages and settlements paid (debit) and received (credit) by rulings in lawsuits (equity).</summary>
    public const string Damages = "damages";

    /// <summary>The prefix of the accounts of unrealised gains and losses, one per position (equity).</summary>
    public const string RevaluationPrefix = "revaluation:";

    /// <summary>The prefix of the accounts of realised gains and losses, one per position (equity).</summary>
    public const string RealizedPrefix = "realized:";

    /// <summary>The net assets a company handed to the one that absorbed it in a merger (equity).</summary>
    public const string MergedOut = "merged-out";

    /// <summary>The counter-entry of a reported net worth (equity).</summary>
    public const string Reconciled = "reconciled";

    /// <summary>Memo: capital announced.</summary>
    public const string Announced = "announced";

    /// <summary>Memo: capital pledged.</summary>
    public const string Pledged = "pledged";

    /// <summary>Memo: capital committed.</summary>
    public const string Committed = "committed";

    /// <summary>Memo: capital paid in.</summary>
    public const string Funded = "funded";

    /// <summary>Memo: contracts signed as the seller, not yet delivered.</summary>
    public const string Backlog = "backlog";

    /// <summary>Memo: the offset of every memo figure, so that memo entries balance too.</summary>
    public const string MemoOffset = "memo-offset";

    /// <summary>An equity stake in <paramref name="issuer"/>, at value (asset).</summary>
    public static string Stake(ActorId issuer) => "stake:" + issuer.Value;

    /// <summary>Warrants on <paramref name="issuer"/>'s shares held, at what their vested part is worth (asset).</summary>
    public static string Warrant(ActorId issuer) => "warrant:" + issuer.Value;

    /// <summary>Debt of <paramref name="borrower"/> held, at face (asset).</summary>
    public static string Loan(ActorId borrower) => "loan:" + borrower.Value;

    /// <summary>The mark on debt of <paramref name="borrower"/> held: value less face (asset, usually negative).</summary>
    public static string LoanMark(ActorId borrower) => "loan-mark:" + borrower.Value;

    /// <summary>Capital paid into <paramref name="project"/>, at cost (asset).</summary>
    public static string Contribution(ActorId project) => "contribution:" + project.Value;

    /// <summary>
    /// Unrealised gains and losses on a <paramref name="position"/> still held (<c>revaluation:stake:x-corp</c>,
    /// <c>revaluation:loan:x-corp</c>): the marks since it was bought, less the part of them a sale took away.
    /// </summary>
    public static string Revaluation(string position) => RevaluationPrefix + position;

    /// <summary>Gains and losses realised on sales of a <paramref name="position"/> (<c>realized:loan:x-corp</c>): proceeds less cost.</summary>
    public static string Realized(string position) => RealizedPrefix + position;

    /// <summary>Debt owed to <paramref name="lender"/>, at face (liability).</summary>
    public static string Debt(ActorId lender) => "debt:" + lender.Value;

    /// <summary>Memo: pledges made to <paramref name="project"/>.</summary>
    public static string PledgeMade(ActorId project) => "pledge-made:" + project.Value;

    /// <summary>Memo: commitments made to <paramref name="project"/>.</summary>
    public static string CommitmentMade(ActorId project) => "commitment-made:" + project.Value;

    /// <summary>Memo: purchases contracted from <paramref name="seller"/>.</summary>
    public static string PurchaseCommitment(ActorId seller) => "purchase-commitment:" + seller.Value;

    /// <summary>Memo: money released to <paramref name="recipient"/> under commitments, as capacity came online.</summary>
    public static string CommitmentReleased(ActorId recipient) => "commitment-released:" + recipient.Value;

    /// <summary>The class of a balance-book account, from its name.</summary>
    public static AccountClass ClassOf(string account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var colon = account.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? account : account[..colon];
        return prefix switch
        {
            Cash or OtherHoldings or "stake" or "loan" or "loan-mark" or "contribution" or "warrant" => AccountClass.Asset,
            "debt" => AccountClass.Liability,
            _ => AccountClass.Equity,
        };
    }
}

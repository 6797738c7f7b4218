using System.Collections.Immutable;
using MarketActors.Reporting.Answers;
using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting;

/// <summary>Everything a reader is shown about a run: the answers to an analyst's questions, then the end state.</summary>
/// <param name="Answers">Capital by date, claims, compute by date, rounds, debt, marks, net worth, models, lawsuits, revisions.</param>
/// <param name="EndState">Capital and compute of every actor at the end.</param>
public sealed record RunReport(ImmutableArray<ReportTable> Answers, ImmutableArray<ReportTable> EndState)
{
    /// <summary>Builds the report of a run.</summary>
    public static RunReport Build(RunView run) => new(
        [
            .. CapitalAnswer.Build(run), .. ClaimsAnswer.Build(run), .. ComputeAnswer.Build(run), .. CommitmentsAnswer.Build(run), .. RoundsAnswer.Build(run),
            .. DebtAnswer.Build(run), .. MarksAnswer.Build(run), .. BidsAnswer.Build(run), .. MergersAnswer.Build(run), .. WarrantsAnswer.Build(run),
            .. ContractsAnswer.Build(run), .. NetWorthAnswer.Build(run), .. ModelsAnswer.Build(run), .. LawsuitsAnswer.Build(run), .. RevisionsAnswer.Build(run),
        ],
        [.. EndStateAnswer.Build(run)]);
}

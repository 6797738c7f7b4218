using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;
using MarketActors.Domain.Metrics;

namespace MarketActors.Domain.Rules;

/// <summary>
/// Events that move no money: models, claims and their outcomes, statements, jobs, odds, data and revisions (whose
/// figures the plan applies to the event they revise; on their own date they only leave a record). They leave records and
/// plain figures; a claim's figure sits beside the announced ones without replacing them.
/// </summary>
internal static class NarrativeRules
{
    public static void Apply(ActorBook company, ModelReleased e, ApplyContext context)
    {
        Add(company, Metric.ModelsReleased, 1);
        if (e.TrainingCost is { } cost)
        {
            Add(company, Metric.TrainingCost, cost.Point);
        }

        company.Note(context, "model", e.Describe(context.World));
    }

    public static void Apply(ActorBook subject, ClaimMade e, ApplyContext context)
    {
        if (e.Figure is { } figure)
        {
            subject.Figures[Metric.CapitalContested] = figure.Point;
        }

        subject.Note(context, e.Stance == ClaimStance.Denies ? "denial" : "claim", e.Describe(context.World));
    }

    public static void Apply(ActorBook about, StatementMade e, ApplyContext context) =>
        about.Note(context, "statement", e.Describe(context.World));

    public static void Apply(ActorBook project, JobsPledged e, ApplyContext context)
    {
        project.Figures[Metric.JobsPledged] = e.Count.Point;
        project.Note(context, "jobs", e.Describe(context.World));
    }

    public static void Apply(ActorBook company, LayoffsAnnounced e, ApplyContext context)
    {
        if (e.Count is { } count)
        {
            Add(company, Metric.JobsCut, count.Point);
        }

        company.Note(context, "layoffs", e.Describe(context.World));
    }

    public static void Apply(ActorBook subject, OddsQuoted e, ApplyContext context)
    {
        subject.Figures[Metric.OddsPrefix + e.QuestionId] = e.Probability;
        subject.Note(context, "odds", e.Describe(context.World));
    }

    public static void Apply(ActorBook subject, ClaimResolved e, ApplyContext context) =>
        subject.Note(context, "claim-" + e.Outcome.ToString().ToLowerInvariant(), e.Describe(context.World));

    public static void Apply(ActorBook subject, FigureRevised e, ApplyContext context) =>
        subject.Note(context, "revision", e.Describe(context.World));

    public static void Apply(ActorBook provider, DataProvided e, ApplyContext context)
    {
        var text = e.Describe(context.World);
        provider.Note(context, "data-provided", text);
        context.Send(e.To, new RecordNoted(new BookRecord(context.EventSeq, context.At, "data-received", text)));
    }

    public static void Apply(ActorBook book, RecordNoted p)
    {
        if (p.Record.Kind == "data-received")
        {
            Add(book, Metric.DataAssets, 1);
        }

        book.Note(p.Record);
    }

    private static void Add(ActorBook book, string metric, decimal amount) =>
        book.Figures[metric] = book.Figures.GetValueOrDefault(metric) + amount;
}

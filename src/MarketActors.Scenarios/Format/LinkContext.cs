namespace MarketActors.Scenarios.Format;

/// <summary>
/// What an event that names other events sees once every event has been read: the events by id, its own dates, and
/// a way to report a problem at one of its fields.
/// </summary>
public sealed class LinkContext
{
    private readonly Func<string, LinkedEvent?> _find;
    private readonly Action<string, string> _report;

    /// <summary>Creates the context of one event.</summary>
    public LinkContext(DateOnly at, Func<string, LinkedEvent?> find, Action<string, string> report, DateOnly? known = null)
    {
        At = at;
        Known = known ?? at;
        _find = find;
        _report = report;
    }

    /// <summary>The date of the event being linked.</summary>
    public DateOnly At { get; }

    /// <summary>When the event being linked became known.</summary>
    public DateOnly Known { get; }

    /// <summary>True once a problem was reported.</summary>
    public bool Failed { get; private set; }

    /// <summary>The event with this id, or null when no event read without error has it.</summary>
    public LinkedEvent? Find(string id) => _find(id);

    /// <summary>Reports a problem at a field of the event being linked.</summary>
    public void Report(string field, string message)
    {
        Failed = true;
        _report(field, message);
    }

    /// <summary>
    /// The event named in <paramref name="field"/> when it is a <typeparamref name="T"/> that <paramref name="accept"/>
    /// takes, is dated on or before this one and was known by the time this one was; otherwise reports why, in the words
    /// of <paramref name="expected"/>. (An event known before what it names would leave the story as known at a date
    /// in between naming something it does not know.)
    /// </summary>
    public T? Named<T>(string field, string id, string expected, Func<T, bool>? accept = null)
        where T : Domain.Events.MarketEvent
    {
        if (Find(id) is not { } found)
        {
            // An event that failed to read has already been reported; its id is declared, so nothing more to say.
            Failed = true;
            return null;
        }

        if (found.Body is not T body || (accept is not null && !accept(body)))
        {
            Report(field, $"{field}: names '{id}' (a {found.Type} event), which is not {expected}");
            return null;
        }

        if (found.At > At)
        {
            Report(field, $"{field}: names '{id}', which happens later ({found.At:yyyy-MM-dd}); an event can only name one on or before its own date");
            return null;
        }

        if (found.Known > Known)
        {
            Report(field, $"{field}: names '{id}', which became known later ({found.Known:yyyy-MM-dd}) than this event ({Known:yyyy-MM-dd}); give this event a known: date no earlier");
            return null;
        }

        return body;
    }
}

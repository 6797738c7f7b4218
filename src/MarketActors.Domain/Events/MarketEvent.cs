using MarketActors.Domain.Actors;
using MarketActors.Domain.Values;

namespace MarketActors.Domain.Events;

/// <summary>
/// Something that happened in a story, as a past-tense immutable record. It is delivered to one actor, its
/// <see cref="Primary"/>, whose rules apply it and send whatever it causes to other actors.
/// </summary>
[GenerateSerializer]
public abstract record MarketEvent
{
    /// <summary>The actor that receives the event first and applies it.</summary>
    public abstract ActorId Primary { get; }

    /// <summary>Every actor the event names, for validation and indexing.</summary>
    public abstract IEnumerable<ActorId> Actors { get; }

    /// <summary>The stakes the event may make one actor hold in another, so that ownership cycles can be refused before a run.</summary>
    public virtual IEnumerable<(ActorId Holder, ActorId Issuer)> Holdings => [];

    /// <summary>One line for a timeline, in the reader's words.</summary>
    public abstract string Describe(INameLookup names);

    /// <summary>
    /// This event with each of its figures passed through <paramref name="map"/>, which is given the field's name as
    /// scenario files write it (<c>price</c>, <c>first-tranche</c>). Events without figures return themselves, and so
    /// do claims: their figures are what someone said, not quantities of the story.
    /// </summary>
    public virtual MarketEvent MapFigures(Func<string, Figure, Figure> map) => this;
}

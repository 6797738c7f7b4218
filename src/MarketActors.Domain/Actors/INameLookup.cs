namespace MarketActors.Domain.Actors;

/// <summary>Turns ids into the names a reader knows.</summary>
public interface INameLookup
{
    /// <summary>The name of an actor, or its id when unknown.</summary>
    string NameOf(ActorId id);

    /// <summary>The name of an actor or a person, or the id when unknown.</summary>
    string NameOfParty(string id);
}

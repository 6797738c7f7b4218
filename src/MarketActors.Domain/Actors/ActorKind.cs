namespace MarketActors.Domain.Actors;

/// <summary>What an actor is. Roles in events accept some kinds and not others.</summary>
[GenerateSerializer]
public enum ActorKind
{
    /// <summary>A company: it can raise money, be valued, owe debt, operate sites and release models.</summary>
    Company = 0,

    /// <summary>An investor: a person, a fund, a bank or a state that holds capital.</summary>
    Investor = 1,

    /// <summary>A project or site: it is announced, pledged, funded and holds capacity.</summary>
    Project = 2,

    /// <summary>Everyone outside the scenario; one implicit actor of this kind exists in every run.</summary>
    External = 3,
}

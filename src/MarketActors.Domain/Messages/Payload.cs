namespace MarketActors.Domain.Messages;

/// <summary>What a message says. Each kind is a past-tense record its target's rules know how to apply.</summary>
[GenerateSerializer]
public abstract record Payload;

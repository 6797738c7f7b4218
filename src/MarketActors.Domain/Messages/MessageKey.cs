using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Messages;

/// <summary>
/// Orders the messages in an inbox, whatever order they arrived in: by the scenario event that caused them, then
/// by sender, then by the order the sender sent them. This order is what makes a superstep deterministic.
/// </summary>
/// <param name="EventSeq">The scenario event that caused the message.</param>
/// <param name="Sender">The actor that sent it; empty for an event delivered from the schedule.</param>
/// <param name="Ordinal">Its position among the messages that sender sent in that superstep.</param>
[GenerateSerializer, Immutable, Alias("ma.message-key")]
public readonly record struct MessageKey([property: Id(0)] int EventSeq, [property: Id(1)] ActorId Sender, [property: Id(2)] int Ordinal)
    : IComparable<MessageKey>
{
    /// <summary>The key of a scheduled event's delivery to its primary actor.</summary>
    public static MessageKey ForEvent(int seq) => new(seq, new ActorId(string.Empty), 0);

    /// <inheritdoc />
    public int CompareTo(MessageKey other)
    {
        var bySeq = EventSeq.CompareTo(other.EventSeq);
        if (bySeq != 0)
        {
            return bySeq;
        }

        var bySender = Sender.CompareTo(other.Sender);
        return bySender != 0 ? bySender : Ordinal.CompareTo(other.Ordinal);
    }

    /// <summary>Compares keys.</summary>
    public static bool operator <(MessageKey left, MessageKey right) => left.CompareTo(right) < 0;

    /// <summary>Compares keys.</summary>
    public static bool operator >(MessageKey left, MessageKey right) => left.CompareTo(right) > 0;

    /// <summary>Compares keys.</summary>
    public static bool operator <=(MessageKey left, MessageKey right) => left.CompareTo(right) <= 0;

    /// <summary>Compares keys.</summary>
    public static bool operator >=(MessageKey left, MessageKey right) => left.CompareTo(right) >= 0;
}

namespace MarketActors.Engine.Tests.Generation;

/// <summary>
/// The random choices behind one generated event: which kind, which actors (by index, modulo what exists),
/// an amount and a day. Plain integers, so that FsCheck can shrink them.
/// </summary>
public readonly record struct EventSeed(int Kind, int A, int B, int C, int Amount, int Day);

namespace MarketActors.Scenarios.Compile;

/// <summary>"Did you mean" hints for misspelt names.</summary>
internal static class Suggest
{
    /// <summary>
    /// " (did you mean 'x'?)" for the closest candidate within a few edits, else empty. A candidate that would
    /// change every letter of a short word is no suggestion: '~' does not suggest 'at', nor 'id'.
    /// </summary>
    public static string Closest(string word, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Candidate: c, Distance: Distance(word, c)))
            .Where(c => c.Distance <= Math.Max(2, word.Length / 3) && c.Distance < word.Length)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();
        return best is null ? string.Empty : $" (did you mean '{best}'?)";
    }

    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 8)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

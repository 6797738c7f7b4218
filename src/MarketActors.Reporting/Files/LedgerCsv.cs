using System.Globalization;
using System.Text;
using MarketActors.Domain.Metrics;
using MarketActors.Domain.Output;

namespace MarketActors.Reporting.Files;

/// <summary>ledger.csv: every leg of every entry, with debit and credit in separate columns.</summary>
public static class LedgerCsv
{
    /// <summary>The file's text.</summary>
    public static string Write(RunOutput output)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, output);
        return writer.ToString();
    }

    /// <summary>Writes the file's text, row by row.</summary>
    public static void Write(TextWriter sb, RunOutput output)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(output);
        Csv.Line(sb, "date", "event", "entry", "actor", "book", "account", "debit", "credit", "counterparty", "memo");
        foreach (var r in output.Ledger)
        {
            Csv.Line(sb,
                Dates.Iso(r.At),
                r.EventSeq.ToString(CultureInfo.InvariantCulture),
                r.EntryId,
                r.Actor.Value,
                r.Book,
                r.Account,
                r.Amount > 0 ? Format.Exact(r.Amount) : string.Empty,
                r.Amount < 0 ? Format.Exact(-r.Amount) : string.Empty,
                r.Counterparty?.Value,
                r.Memo);
        }
    }
}

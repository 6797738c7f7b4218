using MarketActors.Reporting.Tables;

namespace MarketActors.Reporting.Tests.Answers;

/// <summary>Reading report tables in assertions: a row by its first cell, a cell by its column's header.</summary>
internal static class Tables
{
    public static ReportTable Titled(this IEnumerable<ReportTable> tables, string start) =>
        Assert.Single(tables, t => t.Title.StartsWith(start, StringComparison.Ordinal));

    public static IReadOnlyDictionary<string, string> Row(this ReportTable table, string first) =>
        Cells(table, Assert.Single(table.Rows, r => r[0] == first));

    public static IReadOnlyDictionary<string, string> Cells(this ReportTable table, IReadOnlyList<string> row) =>
        table.Columns.Select((c, i) => (c, row[i])).ToDictionary(x => x.c, x => x.Item2, StringComparer.Ordinal);
}

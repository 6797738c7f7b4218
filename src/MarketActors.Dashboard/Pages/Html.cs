using System.Text;
using System.Text.Encodings.Web;
using MarketActors.Reporting.Tables;
using Microsoft.AspNetCore.Http;

namespace MarketActors.Dashboard.Pages;

/// <summary>HTML building blocks: encoding, the page layout, tables. Every text from a run or a scenario is encoded.</summary>
internal static class Html
{
    /// <summary>The pages' content security policy: only the dashboard's own scripts, styles and images.</summary>
    public const string Policy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

    /// <summary>Encodes text for HTML content and attribute values.</summary>
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    /// <summary>A whole page.</summary>
    public static IResult Page(HttpContext context, string title, string body, params string[] scripts)
    {
        context.Response.Headers.ContentSecurityPolicy = Policy;
        var html = new StringBuilder()
            .Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" · MarketActors</title><link rel=\"stylesheet\" href=\"/assets/app.css\"></head><body>")
            .Append("<header><a class=\"brand\" href=\"/\">MarketActors</a><nav><a href=\"/\">Runs</a><a href=\"/cluster/\">Cluster</a><a href=\"/api/runs\">API</a></nav></header>")
            .Append("<main>").Append(body).Append("</main>");
        foreach (var script in scripts)
        {
            html.Append("<script src=\"/assets/").Append(E(script)).Append("\"></script>");
        }

        html.Append("</body></html>\n");
        return Results.Content(html.ToString(), "text/html; charset=utf-8");
    }

    /// <summary>An HTML fragment, for pages that refresh part of themselves.</summary>
    public static IResult Fragment(string html) => Results.Content(html, "text/html; charset=utf-8");

    /// <summary>A report table with its title and notes.</summary>
    public static string Table(ReportTable table, string? id = null)
    {
        var sb = new StringBuilder();
        sb.Append("<section class=\"report\"").Append(id is null ? string.Empty : $" id=\"{E(id)}\"").Append("><h3>").Append(E(table.Title)).Append("</h3>");
        sb.Append("<div class=\"scroll\"><table><thead><tr>");
        foreach (var column in table.Columns)
        {
            sb.Append("<th>").Append(E(column)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                sb.Append("<td>").Append(E(cell)).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table></div>");
        if (table.IsEmpty)
        {
            sb.Append("<p class=\"empty\">Nothing yet.</p>");
        }

        foreach (var note in table.Notes)
        {
            sb.Append("<p class=\"note\">").Append(E(note)).Append("</p>");
        }

        return sb.Append("</section>").ToString();
    }

    /// <summary>A two-column table of named values.</summary>
    public static string Pairs(string title, IEnumerable<(string Name, string Value)> rows, string? id = null)
    {
        var list = rows.ToList();
        var sb = new StringBuilder();
        sb.Append("<section class=\"report\"").Append(id is null ? string.Empty : $" id=\"{E(id)}\"").Append("><h3>").Append(E(title)).Append("</h3>");
        if (list.Count == 0)
        {
            return sb.Append("<p class=\"empty\">None.</p></section>").ToString();
        }

        sb.Append("<table class=\"pairs\"><tbody>");
        foreach (var (name, value) in list)
        {
            sb.Append("<tr><th>").Append(E(name)).Append("</th><td>").Append(E(value)).Append("</td></tr>");
        }

        return sb.Append("</tbody></table></section>").ToString();
    }

    /// <summary>A link to a run page.</summary>
    public static string RunLink(string runId) => $"/runs/{Uri.EscapeDataString(runId)}";

    /// <summary>A link to an actor page.</summary>
    public static string ActorLink(string runId, string actor) => $"/runs/{Uri.EscapeDataString(runId)}/actors/{Uri.EscapeDataString(actor)}";
}

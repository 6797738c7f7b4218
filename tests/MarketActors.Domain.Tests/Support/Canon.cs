using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using MarketActors.Domain.Actors;

namespace MarketActors.Domain.Tests.Support;

/// <summary>
/// Renders a value and everything it holds (public properties, elements of collections) as text, so that two
/// values can be compared structurally even when records hold immutable arrays, which compare by reference.
/// </summary>
internal static class Canon
{
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append('"').Append(s).Append('"');
                return;
            case decimal d:
                // Scale matters to outputs that print amounts: keep it.
                text.Append(d.ToString(CultureInfo.InvariantCulture));
                return;
            case ActorId id:
                text.Append('@').Append(id.Value);
                return;
            case Enum or bool or int or long or DateOnly:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                return;
        }

        var type = value.GetType();
        if (value is IEnumerable items)
        {
            if (type.GetProperty("IsDefault")?.GetValue(value) is true)
            {
                text.Append("default");
                return;
            }

            text.Append('[');
            var first = true;
            foreach (var item in items)
            {
                text.Append(first ? string.Empty : ", ");
                first = false;
                Write(text, item);
            }

            text.Append(']');
            return;
        }

        text.Append(type.Name).Append(" { ");
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, Value: p.GetValue(value)))
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => (f.Name, Value: f.GetValue(value))))
            .OrderBy(m => m.Name, StringComparer.Ordinal);
        foreach (var (name, member) in members)
        {
            text.Append(name).Append(" = ");
            Write(text, member);
            text.Append("; ");
        }

        text.Append('}');
    }
}

using System.Reflection;
using System.Runtime.CompilerServices;
using MarketActors.Domain.Events;
using MarketActors.Domain.Output;
using MarketActors.Domain.Values;
using Orleans;

namespace MarketActors.Domain.Tests.Conventions;

/// <summary>The conventions of STYLE.md for the records the engines exchange, checked by reflection.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Domain = typeof(Amounts).Assembly;

    private static readonly string[] ContractNamespaces = ["MarketActors.Domain.Events", "MarketActors.Domain.Messages", "MarketActors.Domain.Output"];

    /// <summary>Public types of those namespaces that are services, not records exchanged: the recorder keeps state.</summary>
    private static readonly Type[] NotContracts = [typeof(RunRecorder)];

    public static TheoryData<string> Contracts => [.. ContractTypes().Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Each_contract_is_a_sealed_immutable_serializable_record_with_an_alias(string name)
    {
        var type = Domain.GetType(name, throwOnError: true)!;

        Assert.True(type.IsSealed, $"{type.Name} is not sealed");
        Assert.True(IsRecord(type), $"{type.Name} is not a record");
        Assert.NotNull(type.GetCustomAttribute<GenerateSerializerAttribute>());
        Assert.NotNull(type.GetCustomAttribute<ImmutableAttribute>());
        Assert.False(string.IsNullOrWhiteSpace(type.GetCustomAttribute<AliasAttribute>()?.Alias), $"{type.Name} has no alias");
    }

    [Fact]
    public void The_contract_namespaces_hold_records_enums_and_only_the_listed_services()
    {
        var visible = Domain.GetTypes().Where(t => t.IsVisible && !t.IsAbstract && ContractNamespaces.Contains(t.Namespace)).ToArray();

        Assert.NotEmpty(ContractTypes());
        Assert.Equal(NotContracts, visible.Where(t => !t.IsEnum && !IsRecord(t)));
        Assert.All(visible.Where(t => t.IsEnum), t => Assert.NotNull(t.GetCustomAttribute<GenerateSerializerAttribute>()));
    }

    [Fact]
    public void Aliases_are_unique_across_the_domain()
    {
        var aliases = Domain.GetTypes()
            .Select(t => (Type: t, Alias: t.GetCustomAttribute<AliasAttribute>()?.Alias))
            .Where(a => a.Alias is not null)
            .ToArray();

        Assert.NotEmpty(aliases);
        var duplicates = aliases.GroupBy(a => a.Alias).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(a => a.Type.Name))}");
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_member_a_serializable_type_is_built_from_has_an_id()
    {
        // A constructor parameter whose property has no [Id] would silently come back as its default.
        foreach (var type in Domain.GetTypes().Where(t => !t.IsAbstract && !t.IsEnum && t.GetCustomAttribute<GenerateSerializerAttribute>() is not null && !typeof(Exception).IsAssignableFrom(t)))
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            foreach (var parameter in constructor.GetParameters())
            {
                var property = type.GetProperty(parameter.Name!, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                Assert.True(property?.GetCustomAttribute<IdAttribute>() is not null, $"{type.Name}.{parameter.Name} has no [Id]");
            }

            var ids = type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Select(p => p.GetCustomAttribute<IdAttribute>()?.Id)
                .Where(id => id is not null)
                .ToArray();
            Assert.Equal(ids.Length, ids.Distinct().Count());
        }
    }

    [Fact]
    public void Every_event_is_past_tense_and_sealed()
    {
        var events = Domain.GetTypes().Where(t => t.IsSubclassOf(typeof(MarketEvent))).ToArray();

        Assert.NotEmpty(events);
        Assert.All(events, t => Assert.True(t.IsSealed, t.Name));
        Assert.All(events, t => Assert.Matches("(ed|Made|Sold|Set)$", t.Name));
    }

    [Fact]
    public void The_domain_references_no_orleans_assembly_but_the_serializer()
    {
        var orleans = Domain.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Orleans", StringComparison.Ordinal) || n.StartsWith("Microsoft.Orleans", StringComparison.Ordinal)).ToArray();

        Assert.Contains("Orleans.Serialization.Abstractions", orleans);
        Assert.All(orleans, n => Assert.StartsWith("Orleans.Serialization", n, StringComparison.Ordinal));
    }

    private static Type[] ContractTypes() =>
        [.. Domain.GetTypes().Where(t => t.IsVisible && !t.IsAbstract && !t.IsEnum && ContractNamespaces.Contains(t.Namespace) && !NotContracts.Contains(t)).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Records are told by what the compiler adds: a clone method for a class, PrintMembers for a struct.</summary>
    private static bool IsRecord(Type type) =>
        type.IsValueType
            ? type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance)?.GetCustomAttribute<CompilerGeneratedAttribute>() is not null
            : type.GetMethod("<Clone>$") is not null;
}

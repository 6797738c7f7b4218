namespace MarketActors.Scenarios.Tests;

/// <summary>Small texts that once crashed or confused the reader, each named for the failure it provokes.</summary>
internal static class Awkward
{
    public static IEnumerable<(string Name, string Text)> Texts { get; } =
    [
        ("flow-list-open-before-key.yaml", "a: [b, c\nd: e\n"),
        ("flow-mapping-open-before-key.yaml", "a: {b: c\nd: e\n"),
        ("flow-open-in-block-list.yaml", "x:\n  - { a: [b, c\n  - d: e\n"),
        ("colon-in-plain-value.yaml", "title: Stargate: the race\n"),
        ("quote-never-closed.yaml", "scenario: \"abc\n"),
        ("two-version-directives.yaml", "%YAML 1.1\n%YAML 1.1\n---\na: b\n"),
        ("reserved-character.yaml", "a: @b\n"),
        ("tab-in-block.yaml", "a: b\n\tc: d\n"),
        ("only-dashes.yaml", "---\n"),
        ("only-tilde.yaml", "~\n"),
        ("only-scalar.yaml", "hello\n"),
        ("merge-key.yaml", "<<: x\n"),
        ("list-as-key.yaml", "[a]: b\n"),
        ("deep-nesting.yaml", "scenario: deep\nx: " + new string('[', 100) + new string(']', 100) + "\n"),
        ("binary-tag.yaml", "a: !!binary xyz\n"),
        ("byte-order-mark.yaml", "\uFEFFscenario: bom\n"),
        ("control-character.yaml", "scenario: a\u0001b\n"),
        ("null-event.yaml", "scenario: x\ntitle: t\nsources: { h: t }\nactors: [{ id: a, kind: company, name: A }]\nevents:\n  -\n"),
        ("catalog-basis-tiny.yaml", "scenario: x\ntitle: t\nsources: { h: t }\ncatalog:\n  gpus:\n    H100: { bf16-pflops: 1e-28, watts: 700 }\n    B9: { bf16-pflops: 9, watts: 1 }\nactors: [{ id: a, kind: company, name: A }]\nevents: []\n"),
        ("huge-money.yaml", "scenario: x\ntitle: t\nsources: { h: t }\nactors: [{ id: a, kind: project, name: A }]\nevents:\n  - { at: 2025-01-21, type: funding-announced, project: a, total: 999999999999999999999999999999999, source: h }\n"),
        ("everything-null.yaml", "scenario:\ntitle:\nsources:\ncatalog:\nactors:\npeople:\nevents:\n"),
        ("sections-of-wrong-shape.yaml", "scenario: [x]\ntitle: {a: b}\nsources: [h]\ncatalog: [g]\nactors: {a: b}\npeople: x\nevents: 5\n"),
    ];
}

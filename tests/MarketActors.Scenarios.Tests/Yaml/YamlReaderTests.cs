using System.Text;
using MarketActors.Scenarios.Diagnostics;
using MarketActors.Scenarios.Yaml;

namespace MarketActors.Scenarios.Tests.Yaml;

public sealed class YamlReaderTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public void Keeps_where_every_node_starts_and_whether_a_scalar_was_quoted()
    {
        var (root, diagnostics) = Read("""
            scenario: s
            actors:
              - { id: openai, kind: company }
            title: "null"
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(YNodeKind.Mapping, root!.Kind);
        Assert.Equal(["scenario", "actors", "title"], root.Entries.Select(e => e.Key.Value));
        Assert.Equal(new SourceSpan(1, 11), root["scenario"]!.At);
        var actor = Assert.Single(root["actors"]!.Items);
        Assert.Equal(new SourceSpan(3, 5), actor.At);
        Assert.Equal(new SourceSpan(3, 11), actor["id"]!.At);
        Assert.Equal("company", actor["kind"]!.Value);
        Assert.True(root["title"]!.Quoted);
        Assert.False(root["title"]!.IsNull);
    }

    [Fact]
    public void Reports_every_duplicate_key_with_the_line_of_the_first_and_reads_on()
    {
        var (_, diagnostics) = Read("""
            a: 1
            b: 2
            a: 3
            c:
              d: 4
              d: 5
            """);

        Assert.Equal(
            ["t.yaml:3:1: duplicate key 'a' (first at line 1)", "t.yaml:6:3: duplicate key 'd' (first at line 5)"],
            diagnostics);
    }

    [Fact]
    public async Task Reads_a_mapping_of_200_000_keys_without_slowing_down_on_duplicate_checks()
    {
        var text = new StringBuilder("description:\n");
        for (var i = 0; i < 200_000; i++)
        {
            text.Append("  k").Append(i).Append(": v\n");
        }

        var (root, diagnostics) = await Task.Run(() => Read(text.ToString())).WaitAsync(HangGuard);

        Assert.Empty(diagnostics);
        Assert.Equal(200_000, root!["description"]!.Entries.Count);
    }

    [Fact]
    public void Refuses_a_second_document()
    {
        var (root, diagnostics) = Read("a: 1\n---\nb: 2\n");

        Assert.Null(root);
        Assert.Equal(["t.yaml:2:1: a scenario file holds one YAML document; remove this '---' and what follows, or split the file"], diagnostics);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    public void Gives_no_root_and_no_diagnostic_for_a_document_with_nothing_in_it(string text)
    {
        var (root, diagnostics) = Read(text);

        Assert.Null(root);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Shares_the_node_an_alias_names_and_weighs_it_as_often_as_it_is_used()
    {
        var (root, diagnostics) = Read("a: &x [1, 2, 3]\nb: [*x, *x]\n");

        Assert.Empty(diagnostics);
        Assert.Same(root!["a"], root["b"]!.Items[0]);
        Assert.Equal(4, root["a"]!.Weight);
        Assert.Equal(9, root["b"]!.Weight);
    }

    [Fact]
    public async Task Stops_an_alias_bomb_at_the_alias_that_crosses_the_limit()
    {
        var text = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            text.Append(level).Append(": &").Append(level).Append(" [")
                .Append(string.Join(", ", Enumerable.Repeat("*" + previous, 10))).Append("]\n");
        }

        var (root, diagnostics) = await Task.Run(() => Read(text.ToString())).WaitAsync(HangGuard);

        // Each use of an alias adds the nodes it names: ten *a add 10 × 11 = 110 nodes, ten *b 10 × 111 = 1,110, and so on
        // to ten *e, 1,111,110: 1,234,550 added by the end of line 6. The first *f on line 7 names 1,111,111 nodes,
        // which takes the aliases past 2,000,000.
        Assert.Null(root);
        Assert.Equal(["t.yaml:7:8: aliases add more than 2,000,000 nodes to the document (an alias bomb?): each use of an alias repeats all it names; write the data out or use fewer aliases"], diagnostics);
    }

    [Fact]
    public void Reads_a_document_of_more_nodes_than_aliases_may_add_when_it_has_no_alias()
    {
        // 2,100,000 nodes written out (and the list that holds them): more than aliases may add, none added by one.
        const int count = 2_100_000;
        var text = new StringBuilder("numbers: [", (2 * count) + 16).Insert(10, "0,", count).Append("0]\n").ToString();

        var (root, diagnostics) = Read(text);

        Assert.Empty(diagnostics);
        Assert.Equal(count + 1, root!["numbers"]!.Items.Count);
    }

    [Fact]
    public void Refuses_an_alias_inside_the_node_it_names()
    {
        var (root, diagnostics) = Read("a: &loop\n  b: *loop\n");

        Assert.Null(root);
        Assert.Equal(["t.yaml:2:6: alias '*loop' refers to a node that contains it; recursive aliases are not allowed"], diagnostics);
    }

    [Fact]
    public void Refuses_an_alias_to_an_anchor_not_yet_defined()
    {
        var (root, diagnostics) = Read("a: *later\nb: &later 1\n");

        Assert.Null(root);
        Assert.Equal(["t.yaml:1:4: alias '*later' names no anchor defined before it"], diagnostics);
    }

    [Fact]
    public void Refuses_nesting_deeper_than_the_limit()
    {
        var (root, diagnostics) = Read("x: " + new string('[', 100) + new string(']', 100) + "\n");

        // The root mapping is the first level and the first '[' (column 4) the second: the 64th '[' (column 67)
        // would open the 65th.
        Assert.Null(root);
        Assert.Equal([$"t.yaml:1:{3 + YamlReader.MaxDepth}: nesting is deeper than {YamlReader.MaxDepth} levels"], diagnostics);
    }

    [Theory]
    [InlineData("a: [b, c\nd: e\n", "t.yaml:1:4: YAML syntax: this '[' is never closed; add the ']' where the list ends")]
    [InlineData("a: {b: c\nd: e\n", "t.yaml:1:4: YAML syntax: this '{' is never closed; add the '}' where the mapping ends")]
    [InlineData("x:\n  - { a: [b, c\n  - d: e\n", "t.yaml:3:3: YAML syntax: cannot read past this point; look above it for a '[' or '{' that is never closed")]
    public void Reports_a_bracket_left_open_where_the_yaml_parser_throws_instead_of_reporting(string text, string expected)
    {
        var (root, diagnostics) = Read(text);

        Assert.Null(root);
        Assert.Equal([expected], diagnostics);
    }

    [Theory]
    [InlineData("a:\n\tb: 1\n", "t.yaml:2:1")]
    [InlineData("a: b\n\tc: d\n", "t.yaml:2:1")]
    [InlineData("a:\n  b: 1\n  \tc: 2\n", "t.yaml:3:3")]
    public void Points_at_the_tab_that_indents_a_line(string text, string at)
    {
        var (_, diagnostics) = Read(text);

        Assert.Equal([at + ": YAML syntax: a tab indents this line; YAML indents with spaces only"], diagnostics);
    }

    [Theory]
    [InlineData("a:\n  - b\n  c: d\n", "t.yaml:3:3: YAML syntax: While parsing a block collection, did not find expected '-' indicator; check the indentation of this line against the lines above it")]
    [InlineData("a:\n  b: 1\n c: 2\n", "t.yaml:3:2: YAML syntax: While parsing a block mapping, did not find expected key; check the indentation of this line against the lines above it")]
    [InlineData("title: Stargate: the race\n", "t.yaml:1:16: YAML syntax: While scanning a plain scalar value, found invalid mapping; put a value that contains ': ' in quotes, or check the indentation of this line")]
    [InlineData("a: b\nc: \"open\n", "t.yaml:2:4: YAML syntax: While scanning a quoted scalar, found unexpected end of stream; the quote that opens here is never closed")]
    [InlineData("a: [b, c}\n", "t.yaml:1:9: YAML syntax: While parsing a flow sequence, did not find expected ',' or ']'")]
    public void Explains_syntax_errors_at_their_place_with_a_hint_where_one_helps(string text, string expected)
    {
        var (root, diagnostics) = Read(text);

        Assert.Null(root);
        Assert.Equal([expected], diagnostics);
    }

    private static (YNode? Root, string[] Diagnostics) Read(string text)
    {
        var bag = new DiagnosticBag("t.yaml");
        var root = YamlReader.Read(text, bag);
        return (root, bag.Items.Select(d => d.ToString()).ToArray());
    }
}

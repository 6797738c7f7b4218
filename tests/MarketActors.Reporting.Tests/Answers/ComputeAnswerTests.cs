using MarketActors.Reporting.Answers;

namespace MarketActors.Reporting.Tests.Answers;

public sealed class ComputeAnswerTests
{
    // Abilene: 100k GB200 online (2.5 H100e and 1,200 W each) and 1.2 GW of power planned, 200 MW of it online in June.
    // Colossus: 200k GPUs of no stated model online, and 800k+ H100 (1 H100e, 700 W) planned.
    private const string Story = """
        scenario: compute-test
        title: Power and GPUs
        sources:
          memo: { title: Memo, date: 2025-09-01 }
        catalog:
          gpus:
            H100: { bf16-pflops: 1, watts: 700 }
            GB200: { bf16-pflops: 2.5, watts: 1200 }
        actors:
          - { id: openai, kind: company, name: OpenAI }
          - { id: xai, kind: company, name: xAI }
          - { id: stargate, kind: project, name: Stargate }
          - { id: abilene, kind: project, name: Abilene campus, parent: stargate, operator: openai }
          - { id: colossus, kind: project, name: Colossus, operator: xai }
        events:
          - { at: 2025-01-21, type: gpus-deployed, site: abilene, gpu: GB200, count: 100k, source: memo#1 }
          - { at: 2025-01-21, type: power-planned, site: abilene, power: 1.2 GW, source: memo#2 }
          - { at: 2025-01-22, type: gpus-deployed, site: colossus, count: 200k, source: memo#3 }
          - { at: 2025-01-22, type: gpus-planned, site: colossus, gpu: H100, count: 800k+, source: memo#4 }
          - { at: 2025-06-01, type: power-deployed, site: abilene, power: 200 MW, source: memo#5 }
        """;

    private static readonly Lazy<RunView> Run = new(() => Stories.FromYaml(Story).View);

    [Fact]
    public void The_league_shows_gpus_as_stated_and_power_beside_them()
    {
        var league = ComputeAnswer.Build(Run.Value).Titled("Who holds the most compute");

        Assert.Equal("Date|Site|Operator|GPUs online|GPUs planned|H100e online|H100e planned|Power online|Power planned|Most", string.Join("|", league.Columns));

        // 21 January: Abilene alone, 100k × 2.5 = 250,000 H100e, and its 1.2 GW planned.
        var first = league.Cells(Assert.Single(league.Rows, r => r[0] == "2025-01-21"));
        Assert.Equal(("Abilene campus", "100,000", "100,000", "250,000", "250,000", "—", "1.2 GW"), (first["Site"], first["GPUs online"], first["GPUs planned"], first["H100e online"], first["H100e planned"], first["Power online"], first["Power planned"]));

        // 22 January: Colossus plans 200k (no model) + 800k+ H100 = 1,000,000+ GPUs; only the H100s count in H100e (800,000+),
        // and its 200k online add no H100e. Abilene leads in H100e online and power, Colossus in GPUs and H100e planned.
        var second = league.Rows.Where(r => r[0] == "2025-01-22").Select(r => league.Cells(r)).ToList();
        Assert.Equal(["Abilene campus", "Colossus"], second.Select(r => r["Site"]));
        Assert.Equal(("200,000", "1,000,000+", "0", "800,000+", "—"), (second[1]["GPUs online"], second[1]["GPUs planned"], second[1]["H100e online"], second[1]["H100e planned"], second[1]["Power planned"]));
        Assert.Equal("GPUs online, GPUs planned, H100e planned", second[1]["Most"]);
        Assert.Equal("H100e online, Power planned", second[0]["Most"]);

        // 1 June: 200 MW of Abilene's 1.2 GW online.
        var june = league.Cells(Assert.Single(league.Rows, r => r[0] == "2025-06-01" && r[1] == "Abilene campus"));
        Assert.Equal(("200 MW", "1.2 GW"), (june["Power online"], june["Power planned"]));

        Assert.Contains("Colossus: 200,000 GPUs online and 200,000 planned have no stated model; they count in GPUs but add nothing to H100e, PFLOPS or MW.", league.Notes);
    }

    [Fact]
    public void The_end_tables_show_each_model_as_stated_and_each_site_s_power_apart_from_its_gpus()
    {
        var tables = ComputeAnswer.Build(Run.Value).ToList();

        var byModel = tables.Titled("Compute at the end, by site and GPU model");
        var h100 = byModel.Cells(Assert.Single(byModel.Rows, r => r[0] == "Colossus" && r[1] == "H100"));
        Assert.Equal(("800,000+", "0", "1", "560+"), (h100["Planned"], h100["Online"], h100["H100e per GPU"], h100["GPU MW planned"])); // 800k+ × 700 W
        var unstated = byModel.Cells(Assert.Single(byModel.Rows, r => r[0] == "Colossus" && r[1] == "not stated"));
        Assert.Equal(("200,000", "200,000", "—", "—"), (unstated["Planned"], unstated["Online"], unstated["H100e per GPU"], unstated["GPU MW planned"]));

        var power = tables.Titled("Power at the end, by site");
        var abilene = power.Row("Abilene campus");
        Assert.Equal(("1.2 GW", "—", "200 MW", "120"), (abilene["Planned"], abilene["Under construction"], abilene["Online"], abilene["GPU MW planned"])); // 100k × 1,200 W
    }

    [Fact]
    public void The_end_state_shows_rolled_up_capacity_as_stated_with_power_columns()
    {
        var capacity = EndStateAnswer.Build(Run.Value).Titled("Compute at the end");

        var xai = capacity.Row("xAI");
        Assert.Equal(("200,000", "1,000,000+", "800,000+", "560+", "—"), (xai["GPUs online"], xai["GPUs planned"], xai["H100e planned"], xai["GPU MW planned"], xai["Power planned"]));
        var openai = capacity.Row("OpenAI");
        Assert.Equal(("100,000", "120", "200 MW", "1.2 GW"), (openai["GPUs online"], openai["GPU MW online"], openai["Power online"], openai["Power planned"]));
    }
}

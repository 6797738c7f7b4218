namespace MarketActors.Domain.Metrics;

/// <summary>The metrics every actor's books expose. A metric that is zero is absent.</summary>
public static class Metric
{
    /// <summary>Cash held (negative when the scenario spends money whose origin it does not model).</summary>
    public const string Cash = "cash";

    /// <summary>Assets at value less liabilities at face.</summary>
    public const string NetWorth = "net-worth";

    /// <summary>The net worth last reported by a source (the model's own figure is <see cref="NetWorth"/>).</summary>
    public const string NetWorthReported = "net-worth.reported";

    /// <summary>The market value of 100% of the actor's equity, set by deals and marks.</summary>
    public const string Valuation = "valuation";

    /// <summary>Equity stakes held in others, at value.</summary>
    public const string StakesValue = "stakes.value";

    /// <summary>Warrants held on others' shares, at what their vested part is worth.</summary>
    public const string WarrantsValue = "warrants.value";

    /// <summary>Debt held as a lender, at face.</summary>
    public const string DebtHeldFace = "debt-held.face";

    /// <summary>Debt held as a lender, at its last market price.</summary>
    public const string DebtHeldValue = "debt-held.value";

    /// <summary>Debt owed, at face.</summary>
    public const string DebtOwedFace = "debt-owed.face";

    /// <summary>Debt owed, at its last market price.</summary>
    public const string DebtOwedValue = "debt-owed.value";

    /// <summary>Debt offered for sale by its holders, at face.</summary>
    public const string DebtOffered = "debt-offered.face";

    /// <summary>Gains (negative: losses) realised on sales.</summary>
    public const string Realized = "gains.realized";

    /// <summary>Gains (negative: losses) from marks not yet realised.</summary>
    public const string Unrealized = "gains.unrealized";

    /// <summary>Capital a project announced (headline figure).</summary>
    public const string CapitalAnnounced = "capital.announced";

    /// <summary>Capital pledged to a project or a company.</summary>
    public const string CapitalPledged = "capital.pledged";

    /// <summary>Capital committed to a project or a company.</summary>
    public const string CapitalCommitted = "capital.committed";

    /// <summary>Capital paid into a project or a company.</summary>
    public const string CapitalFunded = "capital.funded";

    /// <summary>The figure a claim puts against the announced capital (e.g. "secured under $10B").</summary>
    public const string CapitalContested = "capital.contested";

    /// <summary>Pledges an actor made to projects and companies.</summary>
    public const string PledgesMade = "pledges.made";

    /// <summary>Commitments an actor made to projects and companies.</summary>
    public const string CommitmentsMade = "commitments.made";

    /// <summary>Capital an actor paid into projects.</summary>
    public const string CapitalContributed = "capital.contributed";

    /// <summary>Contracts signed as the seller (backlog).</summary>
    public const string ContractsBacklog = "contracts.backlog";

    /// <summary>Purchases contracted from sellers.</summary>
    public const string ContractsPurchases = "contracts.purchases";

    /// <summary>Money an actor's commitments released as capacity came online (commitment-made).</summary>
    public const string CommitmentsReleased = "commitments.released";

    /// <summary>Planned GPUs (the whole plan, including those online).</summary>
    public const string GpusPlanned = "gpus.planned";

    /// <summary>GPUs under construction.</summary>
    public const string GpusBuilding = "gpus.under-construction";

    /// <summary>GPUs online.</summary>
    public const string GpusOnline = "gpus.online";

    /// <summary>Planned capacity in H100-equivalents.</summary>
    public const string H100ePlanned = "h100e.planned";

    /// <summary>Online capacity in H100-equivalents.</summary>
    public const string H100eOnline = "h100e.online";

    /// <summary>Planned dense BF16 PFLOPS.</summary>
    public const string PflopsPlanned = "pflops.planned";

    /// <summary>Online dense BF16 PFLOPS.</summary>
    public const string PflopsOnline = "pflops.online";

    /// <summary>Planned GPU power, in MW: each GPU's catalog watts times the GPUs planned (not the sites' own power).</summary>
    public const string MwPlanned = "mw.planned";

    /// <summary>Online GPU power, in MW: each GPU's catalog watts times the GPUs online.</summary>
    public const string MwOnline = "mw.online";

    /// <summary>Sites' own power planned, in MW (the whole plan, including power online), apart from GPU watts.</summary>
    public const string PowerPlanned = "power.planned";

    /// <summary>Sites' own power under construction, in MW.</summary>
    public const string PowerBuilding = "power.under-construction";

    /// <summary>Sites' own power online, in MW.</summary>
    public const string PowerOnline = "power.online";

    /// <summary>Data centres planned.</summary>
    public const string DatacentersPlanned = "datacenters.planned";

    /// <summary>Jobs pledged.</summary>
    public const string JobsPledged = "jobs.pledged";

    /// <summary>Jobs cut.</summary>
    public const string JobsCut = "jobs.cut";

    /// <summary>Models released.</summary>
    public const string ModelsReleased = "models.released";

    /// <summary>Training cost of the models released, summed.</summary>
    public const string TrainingCost = "models.training-cost";

    /// <summary>Data sets received from others.</summary>
    public const string DataAssets = "data-assets";

    /// <summary>Prefix of prediction-market odds metrics: <c>odds:&lt;question&gt;</c>.</summary>
    public const string OddsPrefix = "odds:";

    /// <summary>Every fixed metric, with its unit and meaning.</summary>
    public static IReadOnlyList<MetricInfo> All { get; } =
    [
        new(Cash, MetricUnit.Usd, "Cash held; negative when the scenario spends money whose origin it does not model."),
        new(NetWorth, MetricUnit.Usd, "Assets at value less liabilities at face."),
        new(NetWorthReported, MetricUnit.Usd, "The net worth last reported by a source; net-worth holds to it for the report's day, then moves with the model."),
        new(Valuation, MetricUnit.Usd, "Market value of 100% of the equity, set by deals and marks."),
        new(StakesValue, MetricUnit.Usd, "Equity stakes held in others, at value."),
        new(WarrantsValue, MetricUnit.Usd, "Warrants held on others' shares, at what their vested part is worth (the shares' value above the strike)."),
        new(DebtHeldFace, MetricUnit.Usd, "Debt held as a lender, at face."),
        new(DebtHeldValue, MetricUnit.Usd, "Debt held as a lender, at its last market price."),
        new(DebtOwedFace, MetricUnit.Usd, "Debt owed, at face."),
        new(DebtOwedValue, MetricUnit.Usd, "Debt owed, at its last market price."),
        new(DebtOffered, MetricUnit.Usd, "Debt offered for sale by its holders, at face."),
        new(Realized, MetricUnit.Usd, "Gains (negative: losses) realised on sales."),
        new(Unrealized, MetricUnit.Usd, "Gains (negative: losses) from marks not yet realised."),
        new(CapitalAnnounced, MetricUnit.Usd, "Capital a project announced (headline figure)."),
        new(CapitalPledged, MetricUnit.Usd, "Capital pledged to a project or a company."),
        new(CapitalCommitted, MetricUnit.Usd, "Capital committed to a project or a company."),
        new(CapitalFunded, MetricUnit.Usd, "Capital paid into a project or a company."),
        new(CapitalContested, MetricUnit.Usd, "The figure a claim puts against the announced capital."),
        new(PledgesMade, MetricUnit.Usd, "Pledges made to projects and companies."),
        new(CommitmentsMade, MetricUnit.Usd, "Commitments made to projects and companies."),
        new(CommitmentsReleased, MetricUnit.Usd, "Money released under commitments as capacity came online (commitment-made)."),
        new(CapitalContributed, MetricUnit.Usd, "Capital paid into projects and companies."),
        new(ContractsBacklog, MetricUnit.Usd, "Contracts signed as the seller: the backlog."),
        new(ContractsPurchases, MetricUnit.Usd, "Purchases contracted from sellers."),
        new(GpusPlanned, MetricUnit.Gpus, "Planned GPUs: the whole plan, including those online."),
        new(GpusBuilding, MetricUnit.Gpus, "GPUs under construction."),
        new(GpusOnline, MetricUnit.Gpus, "GPUs online."),
        new(H100ePlanned, MetricUnit.H100e, "Planned capacity in H100-equivalents."),
        new(H100eOnline, MetricUnit.H100e, "Online capacity in H100-equivalents."),
        new(PflopsPlanned, MetricUnit.Pflops, "Planned dense BF16 PFLOPS."),
        new(PflopsOnline, MetricUnit.Pflops, "Online dense BF16 PFLOPS."),
        new(MwPlanned, MetricUnit.Megawatts, "Planned GPU power: catalog watts times GPUs planned (GPUs of no stated model add none)."),
        new(MwOnline, MetricUnit.Megawatts, "Online GPU power: catalog watts times GPUs online."),
        new(PowerPlanned, MetricUnit.Megawatts, "Sites' own power planned (power-planned), the whole plan including power online; apart from GPU watts."),
        new(PowerBuilding, MetricUnit.Megawatts, "Sites' own power under construction."),
        new(PowerOnline, MetricUnit.Megawatts, "Sites' own power online."),
        new(DatacentersPlanned, MetricUnit.Count, "Data centres planned."),
        new(JobsPledged, MetricUnit.Count, "Jobs pledged."),
        new(JobsCut, MetricUnit.Count, "Jobs cut."),
        new(ModelsReleased, MetricUnit.Count, "Models released."),
        new(TrainingCost, MetricUnit.Usd, "Training cost of the models released, summed."),
        new(DataAssets, MetricUnit.Count, "Data sets received from others."),
    ];

    private static readonly Dictionary<string, MetricInfo> ByName = All.ToDictionary(m => m.Name, StringComparer.Ordinal);

    /// <summary>The unit of a metric by name (odds metrics are fractions).</summary>
    public static MetricUnit UnitOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (ByName.TryGetValue(name, out var info))
        {
            return info.Unit;
        }

        return name.StartsWith(OddsPrefix, StringComparison.Ordinal) ? MetricUnit.Fraction : MetricUnit.Count;
    }
}

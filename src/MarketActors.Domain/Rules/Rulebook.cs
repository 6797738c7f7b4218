using MarketActors.Domain.Books;
using MarketActors.Domain.Engine;
using MarketActors.Domain.Events;
using MarketActors.Domain.Messages;

namespace MarketActors.Domain.Rules;

/// <summary>Sends each message to the rule that applies it. Adding an event kind means adding a line here.</summary>
internal static class Rulebook
{
    public static void Apply(ActorBook book, Payload payload, ApplyContext context)
    {
        switch (payload)
        {
            case EventOccurred { Event: var e }:
                ApplyEvent(book, e, context);
                break;
            case PledgeRecorded p: CapitalRules.Apply(book, p, context); break;
            case ContractRecorded p: CapitalRules.Apply(book, p, context); break;
            case CapitalContributed p: CapitalRules.Apply(book, p, context); break;
            case DonationReceived p: CapitalRules.Apply(book, p, context); break;
            case StakeBought p: EquityRules.Apply(book, p, context); break;
            case StakeSold p: EquityRules.Apply(book, p, context); break;
            case StakeRepriced p: EquityRules.Apply(book, p, context); break;
            case LoanFunded p: DebtRules.Apply(book, p, context); break;
            case DebtSoldLeg p: DebtRules.Apply(book, p, context); break;
            case DebtBoughtLeg p: DebtRules.Apply(book, p, context); break;
            case DebtRepriced p: DebtRules.Apply(book, p, context); break;
            case CapacityRolledUp p: CapacityRules.Apply(book, p, context); break;
            case PowerRolledUp p: PowerRules.Apply(book, p, context); break;
            case CommitmentReleased p: CommitmentRules.Apply(book, p, context); break;
            case RecordNoted p: NarrativeRules.Apply(book, p); break;
            case MergeRequested p: MergerRules.Apply(book, p, context); break;
            case MergedIn p: MergerRules.Apply(book, p, context); break;
            case StakeExchanged p: MergerRules.Apply(book, p, context); break;
            case CounterpartyReplaced p: MergerRules.Apply(book, p, context); break;
            case WarrantValued p: WarrantRules.Apply(book, p, context); break;
            case DamagesOrdered p: LegalRules.Apply(book, p, context); break;
            case DamagesReceived p: LegalRules.Apply(book, p, context); break;
            default:
                throw new InvalidOperationException($"No rule applies {payload.GetType().Name}.");
        }
    }

    private static void ApplyEvent(ActorBook book, MarketEvent e, ApplyContext context)
    {
        switch (e)
        {
            case FundingAnnounced x: CapitalRules.Apply(book, x, context); break;
            case FundingPledged x: CapitalRules.Apply(book, x, context); break;
            case FundingCommitted x: CapitalRules.Apply(book, x, context); break;
            case CapitalCalled x: CapitalRules.Apply(book, x, context); break;
            case ContractSigned x: CapitalRules.Apply(book, x, context); break;
            case DonationMade x: CapitalRules.Apply(book, x, context); break;
            case NetWorthReported x: CapitalRules.Apply(book, x, context); break;
            case InvestmentMade x: EquityRules.Apply(book, x, context); break;
            case RoundClosed x: RoundRules.Apply(book, x, context); break;
            case TrancheSettled x: RoundRules.Apply(book, x, context); break;
            case ConditionResolved x: RoundRules.Apply(book, x, context); break;
            case CompanyAcquired x: EquityRules.Apply(book, x, context); break;
            case BidMade x: EquityRules.Apply(book, x, context); break;
            case SharesSold x: EquityRules.Apply(book, x, context); break;
            case CompaniesMerged x: MergerRules.Apply(book, x, context); break;
            case WarrantGranted x: WarrantRules.Apply(book, x, context); break;
            case WarrantVested x: WarrantRules.Apply(book, x, context); break;
            case ValuationMarked x: EquityRules.Apply(book, x, context); break;
            case LoanMade x: DebtRules.Apply(book, x, context); break;
            case DebtSold x: DebtRules.Apply(book, x, context); break;
            case OfferClosed x: DebtRules.Apply(book, x, context); break;
            case GpusPlanned x: CapacityRules.Apply(book, x, context); break;
            case GpusDeployed x: CapacityRules.Apply(book, x, context); break;
            case DatacentersPlanned x: CapacityRules.Apply(book, x, context); break;
            case MilestoneSet x: CapacityRules.Apply(book, x, context); break;
            case PowerPlanned x: PowerRules.Apply(book, x, context); break;
            case PowerDeployed x: PowerRules.Apply(book, x, context); break;
            case CapacityRestated x: CapacityRules.Apply(book, x, context); break;
            case CommitmentMade x: CommitmentRules.Apply(book, x, context); break;
            case ModelReleased x: NarrativeRules.Apply(book, x, context); break;
            case ClaimMade x: NarrativeRules.Apply(book, x, context); break;
            case StatementMade x: NarrativeRules.Apply(book, x, context); break;
            case JobsPledged x: NarrativeRules.Apply(book, x, context); break;
            case LayoffsAnnounced x: NarrativeRules.Apply(book, x, context); break;
            case OddsQuoted x: NarrativeRules.Apply(book, x, context); break;
            case ClaimResolved x: NarrativeRules.Apply(book, x, context); break;
            case FigureRevised x: NarrativeRules.Apply(book, x, context); break;
            case LawsuitFiled x: LegalRules.Apply(book, x, context); break;
            case RulingMade x: LegalRules.Apply(book, x, context); break;
            case DataProvided x: NarrativeRules.Apply(book, x, context); break;
            default:
                throw new InvalidOperationException($"No rule applies {e.GetType().Name}.");
        }
    }
}

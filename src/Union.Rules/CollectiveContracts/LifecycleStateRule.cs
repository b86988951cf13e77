using System.Collections.Frozen;
using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-STATUS: the lifecycle state on the evaluation date (合同状态).</summary>
/// <remarks>
/// Reads the procedure of 集体合同规定 第三十二条至第四十七条 as a sequence of milestones and reports the latest one reached on
/// <c>asOf</c>: terminated, expired or in force (from the statutory effective date of CC-EFFECT), returned (an objection served
/// within the review period), under review (received), filed (sent), signed, approved (a vote held; whether it passed is for
/// CC-APPROVAL-*), awaiting approval (a draft agreed), negotiating (a request received), drafting. Events dated after
/// <c>asOf</c> are not yet known.
/// </remarks>
public sealed class LifecycleStateRule() : Rule<CollectiveContract>("CC-STATUS", Severity.Info, new Citation(Instruments.CollectiveContractProvisions, 47), new Citation(Instruments.CollectiveContractProvisions, 32))
{
    /// <summary>The message of each known state, <c>CC-STATUS.</c> and the state's name (<c>CC-STATUS.inForce</c>); an unknown state has its own messages.</summary>
    private static readonly FrozenDictionary<ContractState, MessageKey> StateMessages =
        Enum.GetValues<ContractState>().Where(s => s != ContractState.Unknown).ToFrozenDictionary(s => s, s => new MessageKey("CC-STATUS." + Name(s), "state", "asOf"));

    private static readonly MessageKey StatusUnknown = new("CC-STATUS.unknown", "asOf", "needs");
    private static readonly MessageKey UnknownYear = new("CC-STATUS.unknownYear", "asOf", "year");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        ContractTimeline timeline = ContractTimeline.Compute(facts, context.Profile, context.AsOf);
        ContractState state = ContractStateMachine.Determine(facts, timeline, context.AsOf);
        context.Set(CollectiveContractOutputs.State, state);
        if (state == ContractState.Unknown)
        {
            if (timeline.GoverningFiling?.Received is not null && timeline.MissingYear != 0)
            {
                context.NotAssessed(UnknownYear, "$", ("asOf", context.AsOf), ("year", timeline.MissingYear));
            }
            else
            {
                context.NotAssessed(StatusUnknown, "$", ("asOf", context.AsOf), ("needs", ContractStateMachine.Needs(timeline)));
            }

            return;
        }

        context.Inform(StateMessages[state], "$", ("state", Name(state)), ("asOf", context.AsOf));
    }

    internal static string Name(ContractState state)
    {
        string n = state.ToString();
        return char.ToLowerInvariant(n[0]) + n[1..];
    }
}

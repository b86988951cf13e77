using Union.Domain.Common;
using Union.Domain.WorkersCongress;
using Union.Rules.Engine;

namespace Union.Rules.WorkersCongress;

/// <summary>WC-MANAGERS (中层以上管理人员比例): middle and senior managers are at most a fifth of the delegates.</summary>
/// <remarks>
/// <para>上海市职工代表大会条例 第十六条第一款："职工代表的构成应当以一线职工为主体，中、高层管理人员不超过百分之二十，但跨地区、跨行业的大型集团型企业的比例可以适当提高";
/// 浙江省企业民主管理条例 第十一条第二款："企业中高级管理人员不得超过代表总数的百分之二十"; national (企业民主管理规定, article not in
/// the held excerpt): "中层以上管理人员和领导人员一般不得超过职工代表总人数的20%". 不超过 includes the number: 6 of 30 delegates is
/// lawful, 7 is not (counted exactly). Parameter <c>wc.managers.maxRatio</c>.</para>
/// <para>Where a region lets a large cross-region or cross-industry group go higher (<c>wc.managers.groupMayExceed</c>, 上海),
/// such a group above the share is a warning to check that the share is appropriate (适当), not a violation.</para>
/// </remarks>
public sealed class ManagersShareRule() : Rule<WorkersCongressRecord>("WC-MANAGERS", Severity.Violation, new Citation(Instruments.DemocraticManagementProvisions))
{
    private static readonly MessageKey ManagersLargeGroup = new("WC-MANAGERS.largeGroup", "delegates", "managers", "max");
    private static readonly MessageKey TooMany = new("WC-MANAGERS.tooMany", "delegates", "managers", "max");

    /// <inheritdoc />
    public override void Evaluate(WorkersCongressRecord facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Form == CongressForm.AllEmployeeMeeting)
        {
            context.NotApplicable();
            return;
        }

        long delegates = facts.DelegateCount();
        long managers = facts.Delegates.Where(d => d.IsManagement()).Sum(d => (long)d.Size());
        context.Fact("delegates", delegates);
        context.Fact("managers", managers);
        if (delegates == 0)
        {
            context.MissingInput("$.delegates");
            return;
        }

        if (context.CheckShare(WorkersCongressParameters.ManagersMaxRatio, "managers", managers, "delegates", delegates, out long most) is not { } within)
        {
            return;
        }

        context.Set(WorkersCongressOutputs.MaximumManagers, (int)Math.Clamp(most, 0, int.MaxValue));
        if (within)
        {
            context.Pass();
            return;
        }

        (string, object?)[] args = [("managers", managers), ("delegates", delegates), ("max", most)];
        if (facts.Employer?.LargeGroup == true
            && context.TryRead(WorkersCongressParameters.ManagersGroupMayExceed, out bool mayExceed) && mayExceed)
        {
            context.Fail(Severity.Warning, ManagersLargeGroup, "$.delegates", args);
            return;
        }

        context.Fail(TooMany, "$.delegates", args);
    }
}

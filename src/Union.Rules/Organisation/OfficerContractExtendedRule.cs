using Union.Domain.Organisation;
using Union.Rules.Engine;

namespace Union.Rules.Organisation;

/// <summary>
/// ORG-OFFICER-PROTECTION: each committee member's labour contract is extended by law (劳动合同期限自动延长); computes the day to
/// which it is protected, and reports a contract ended on expiry before that day.
/// </summary>
/// <remarks>
/// <para>工会法 第十九条："基层工会专职主席、副主席或者委员自任职之日起，其劳动合同期限自动延长，延长期限相当于其任职期间；非专职主席、副主席
/// 或者委员自任职之日起，其尚未履行的劳动合同期限短于任期的，劳动合同期限自动延长至任期期满。但是，任职期间个人严重过失或者达到法定退休年龄
/// 的除外。" The computation is <see cref="OfficerProtection"/>; the full-time extension is counted from the end of the time in
/// office, as 最高人民法院关于在民事审判工作中适用〈工会法〉若干问题的解释 第二条 counts it (its "第十八条" is the 2021 law's 第十九条).</para>
/// <para>The entitlement is Info: a date per member (<c>committee[i].protectedUntil</c>, and <c>committee[i].contractExtendedTo</c>
/// where the agreed end is earlier). The extension is automatic (自动延长), so a contract the employer ended on expiry before the
/// protected day ended while the law still ran it: that is reported as a violation. A contract ended for serious personal fault or
/// at the statutory retirement age falls under the article's exception (Info); one ended by agreement, resignation or on another
/// ground is not decided by this article (Info). A member whose contract end is not given is "not assessed".</para>
/// </remarks>
public sealed class OfficerContractExtendedRule() : Rule<GrassrootsUnion>("ORG-OFFICER-PROTECTION", Severity.Info, new Citation(Instruments.TradeUnionLaw, 19), new Citation(Instruments.TradeUnionLawInterpretation, 2))
{
    private static readonly MessageKey EndedEarly = new("ORG-OFFICER-PROTECTION.endedEarly", "role", "name", "on", "extendedTo");
    private static readonly MessageKey EndedOtherwise = new("ORG-OFFICER-PROTECTION.endedOtherwise", "name", "on", "ground");
    private static readonly MessageKey Exception = new("ORG-OFFICER-PROTECTION.exception", "role", "name", "ground", "on");
    private static readonly MessageKey OfficerProtectionFullTime = new("ORG-OFFICER-PROTECTION.fullTime", "role", "name", "tookOffice", "officeEnds", "extensionStarts", "contractEnd", "extendedTo");
    private static readonly MessageKey FullTimeToTermEnd = new("ORG-OFFICER-PROTECTION.fullTimeToTermEnd", "role", "name", "tookOffice", "officeEnds", "extensionStarts", "contractEnd", "extendedTo");
    private static readonly MessageKey NotNeeded = new("ORG-OFFICER-PROTECTION.notNeeded", "role", "name", "contractEnd", "protectedUntil");
    private static readonly MessageKey OpenEnded = new("ORG-OFFICER-PROTECTION.openEnded", "role", "name", "protectedUntil");
    private static readonly MessageKey PartTime = new("ORG-OFFICER-PROTECTION.partTime", "role", "name", "contractEnd", "extendedTo");

    /// <inheritdoc />
    public override void Evaluate(GrassrootsUnion facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Committee is not { Count: > 0 } committee)
        {
            context.NotApplicable();
            return;
        }

        if (facts.Term is not { } term)
        {
            context.MissingInput("$.term");
            return;
        }

        context.Fact("term.start", term.Start);
        context.Fact("term.ends", term.LastDay);
        for (int i = 0; i < committee.Count; i++)
        {
            CommitteeMember m = committee[i];
            string path = $"$.committee[{i}]";
            if (!m.OpenEndedContract && m.LabourContractEnd is null)
            {
                context.MissingInput(path + ".labourContractEnd");
                continue;
            }

            OfficerProtection p = OfficerProtection.Compute(term, m);
            string role = OrganisationMessages.RoleName(m.Role);
            context.Fact($"committee[{i}].fullTime", m.FullTime ? "true" : "false");
            context.Fact($"committee[{i}].tookOffice", p.TookOffice);
            context.Fact($"committee[{i}].labourContractEnd", p.ContractEnd);
            context.Set(OrganisationOutputs.ProtectedUntil(i), p.ProtectedUntil);
            if (m.ContractEnded is { Ground: ContractEndingGround.SeriousMisconduct or ContractEndingGround.RetirementAge } exception)
            {
                context.Inform(Exception, path, ("name", m.Name), ("role", role), ("ground", OrganisationMessages.GroundName(exception.Ground)), ("on", exception.On));
                continue;
            }

            if (p.ContractEnd is null)
            {
                context.Inform(OpenEnded, path, ("name", m.Name), ("role", role), ("protectedUntil", p.ProtectedUntil));
                continue;
            }

            NodaTime.LocalDate contractEnd = p.ContractEnd.Value;

            if (p.Extended)
            {
                context.Set(OrganisationOutputs.ContractExtendedTo(i), p.ExtendedTo!.Value);
                if (m.FullTime)
                {
                    context.Inform(
                        p.InOfficeToTermEnd ? FullTimeToTermEnd : OfficerProtectionFullTime,
                        path,
                        ("name", m.Name),
                        ("role", role),
                        ("tookOffice", p.TookOffice),
                        ("officeEnds", p.OfficeEnds),
                        ("extensionStarts", p.ExtensionStarts!.Value),
                        ("contractEnd", contractEnd),
                        ("extendedTo", p.ExtendedTo!.Value));
                }
                else
                {
                    context.Inform(PartTime, path, ("name", m.Name), ("role", role), ("contractEnd", contractEnd), ("extendedTo", p.ExtendedTo!.Value));
                }
            }
            else
            {
                context.Inform(NotNeeded, path, ("name", m.Name), ("role", role), ("contractEnd", contractEnd), ("protectedUntil", p.ProtectedUntil));
            }

            if (m.ContractEnded is { } ended && ended.On < p.ExtendedTo!.Value)
            {
                if (ended.Ground == ContractEndingGround.Expiry)
                {
                    context.Fail(Severity.Violation, EndedEarly, path + ".contractEnded", ("name", m.Name), ("role", role), ("on", ended.On), ("extendedTo", p.ExtendedTo!.Value));
                }
                else
                {
                    context.Inform(EndedOtherwise, path + ".contractEnded", ("name", m.Name), ("ground", OrganisationMessages.GroundName(ended.Ground)), ("on", ended.On));
                }
            }
        }
    }
}

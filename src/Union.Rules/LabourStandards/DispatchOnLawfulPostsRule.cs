using Union.Domain.Common;
using Union.Domain.LabourStandards;
using Union.Rules.Calendar;
using Union.Rules.Engine;
using Union.Rules.Resources;

namespace Union.Rules.LabourStandards;

/// <summary>
/// LS-DISPATCH-POST (劳务派遣用工岗位): dispatched workers only on temporary, auxiliary or substitute posts; a temporary post exists
/// at most six months.
/// </summary>
/// <remarks>
/// <para>劳动合同法 第六十六条第一款: "劳务派遣用工是补充形式，只能在临时性、辅助性或者替代性的工作岗位上实施"; 劳务派遣暂行规定 第三条第一款
/// "用工单位只能在临时性、辅助性或者替代性的工作岗位上使用被派遣劳动者". A main business post with dispatched workers is a violation.</para>
/// <para>第三条第二款 (and 第六十六条第二款): "临时性工作岗位是指存续时间不超过6个月的岗位". 不超过 includes the number: a temporary post of
/// 6 months passes, of 7 fails (whole months: a post of six months and some days is given as 7). A temporary post whose life
/// is not given is not assessed. Parameter <c>dispatch.temporaryPostMaxMonths</c>.</para>
/// <para>A post with no dispatched worker is not checked. The procedure for deciding the auxiliary posts (第三条第三款: the
/// workers' congress, negotiation with the union, publication) is not in the file and is not checked. An employer of
/// 第二十五条 is not bound.</para>
/// </remarks>
public sealed class DispatchOnLawfulPostsRule() : Rule<LabourFile>("LS-DISPATCH-POST", Severity.Violation, new Citation(Instruments.LabourDispatchProvisions, 3), new Citation(Instruments.LabourContractLaw, 66))
{
    private static readonly MessageKey Exempt = new("LS-DISPATCH-POST.exempt", "exemption");
    private static readonly MessageKey MainPost = new("LS-DISPATCH-POST.mainPost", "post", "workers");
    private static readonly MessageKey TemporaryTooLong = new("LS-DISPATCH-POST.temporaryTooLong", "post", "months", "max", "workers");

    private static readonly Citation Exemption = new(Instruments.LabourDispatchProvisions, 25);
    private static readonly Citation Posts = new(Instruments.LabourDispatchProvisions, 3, 1);
    private static readonly Citation Temporary = new(Instruments.LabourDispatchProvisions, 3, 2);

    /// <inheritdoc />
    public override void Evaluate(LabourFile facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Dispatch is not { } dispatch || !dispatch.Posts.Any(p => p.Workers > 0))
        {
            context.NotApplicable();
            return;
        }

        if (dispatch.Exemption != DispatchExemption.None)
        {
            context.Inform(Exemption, Exempt, "$.dispatch.exemption", ("exemption", LabourFileFacts.Name(dispatch.Exemption)));
            return;
        }

        LegalPeriod? longest = null;
        Comparison comparison = Comparison.AtMost;
        bool passed = true;
        for (int i = 0; i < dispatch.Posts.Count; i++)
        {
            DispatchPost post = dispatch.Posts[i];
            if (post.Workers == 0)
            {
                continue;
            }

            string path = $"$.dispatch.posts[{i}]";
            string name = post.Name is { Length: > 0 } n ? n : "#" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            switch (post.Kind)
            {
                case DispatchPostKind.Main:
                    context.Fail(Posts, MainPost, path + ".kind", ("post", name), ("workers", post.Workers));
                    passed = false;
                    break;
                case DispatchPostKind.Temporary:
                    if (longest is null)
                    {
                        if (!context.TryRead(LabourStandardParameters.DispatchTemporaryPostMax, out LegalPeriod read, out ParameterReading reading))
                        {
                            return;
                        }

                        if (read.Unit != PeriodUnit.Months)
                        {
                            context.NotAssessed(EngineMessages.ParameterInvalid, "$", ("parameter", reading.Name), ("value", read.ToString()), ("kind", "period"));
                            return;
                        }

                        longest = read;
                        comparison = reading.Comparison ?? Comparison.AtMost;
                    }

                    if (post.Months is not { } months)
                    {
                        context.MissingInput(path + ".months");
                        passed = false;
                    }
                    else if (!context.Compare(path + ".months", months, comparison, LabourStandardParameters.DispatchTemporaryPostMax.Name, longest.Value.Count))
                    {
                        context.Fail(Temporary, TemporaryTooLong, path + ".months", ("post", name), ("workers", post.Workers), ("months", LabourFileFacts.Months(months)), ("max", longest.Value.ToString()));
                        passed = false;
                    }

                    break;
                default:
                    break;
            }
        }

        if (passed)
        {
            context.Pass();
        }
    }
}

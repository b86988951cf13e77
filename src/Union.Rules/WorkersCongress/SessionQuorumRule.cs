using Union.Domain.WorkersCongress;
using Union.Rules.Engine;

namespace Union.Rules.WorkersCongress;

/// <summary>WC-QUORUM (出席人数): two thirds or more of all delegates (or employees) are present at each session.</summary>
/// <remarks>
/// 上海市职工代表大会条例 第二十八条："职工代表大会须有全体职工代表三分之二以上出席，方可召开"; 浙江省企业民主管理条例 第十五条第三款：
/// "应当有三分之二以上的代表出席方可召开"; national (企业民主管理规定, article not in the held excerpt): the same 2/3. 以上 includes
/// the number (民法典 第一千二百五十九条): counted exactly, 20 of 30 is a quorum and 19 is not; 39 of 58 is and 38 is not. The whole
/// is the congress's delegates on the day (or all employees at an all-employee meeting). Parameter <c>wc.quorum.ratio</c>.
/// </remarks>
public sealed class SessionQuorumRule() : Rule<WorkersCongressRecord>("WC-QUORUM", Severity.Violation, new Citation(Instruments.DemocraticManagementProvisions), new Citation(Instruments.CivilCode, 1259))
{
    private static readonly MessageKey Short = new("WC-QUORUM.short", "date", "size", "present", "needed");

    /// <inheritdoc />
    public override void Evaluate(WorkersCongressRecord facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Sessions.Count == 0)
        {
            context.NotApplicable();
            return;
        }

        for (int i = 0; i < facts.Sessions.Count; i++)
        {
            CongressSession s = facts.Sessions[i];
            string at = $"$.sessions[{i}]";
            long? size = facts.BodySizeOf(s);
            context.Fact(at + ".bodySize", size);
            context.Fact(at + ".present", s.Present);
            if (size is null)
            {
                context.MissingInput(facts.Form == CongressForm.AllEmployeeMeeting ? "$.employees" : at + ".bodySize");
                continue;
            }

            long body = size.Value;
            if (s.Present is null)
            {
                context.MissingInput(at + ".present");
                continue;
            }

            int present = s.Present.Value;

            switch (context.CheckShare(WorkersCongressParameters.QuorumRatio, "present", present, "bodySize", body, out long needed))
            {
                case true:
                    context.Pass();
                    break;
                case false:
                    context.Fail(Short, at + ".present", ("date", s.Date), ("present", present), ("size", body), ("needed", needed));
                    break;
                default:
                    return;
            }
        }
    }
}

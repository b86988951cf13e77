using Union.Domain.WorkersCongress;
using Union.Rules.Engine;

namespace Union.Rules.WorkersCongress;

/// <summary>
/// WC-PASS (表决通过): a matter declared adopted had the votes of the required share of ALL delegates (or employees), by secret ballot
/// where the law requires one.
/// </summary>
/// <remarks>
/// <para>企业民主管理规定 第二十条："职工代表大会选举和表决相关事项，必须按照少数服从多数的原则，经全体职工代表的过半数通过。对重要事项的表决，
/// 应当采用无记名投票的方式分项表决" — 过半数 excludes exactly half (民法典 第一千二百五十九条): 15 of 30 fails, 16 passes.
/// 浙江省企业民主管理条例 第十五条第三款 says the same (过半数) and puts every vote to a secret ballot. 上海市职工代表大会条例 第三十一条：
/// "应采取无记名投票方式，并须获得全体职工代表半数以上赞成票方可通过" — 半数以上 includes exactly half: 15 of 30 passes. The comparison
/// comes from <c>wc.pass.ratio</c>; the base is ALL delegates, not those present.</para>
/// <para>A matter the record marks as not adopted (<c>adopted: false</c>) that lacked the votes is reported as not adopted, not as a
/// violation. Nationally only important matters (<c>important</c>) must be voted by secret ballot; where a region puts every
/// vote to one (<c>wc.vote.secretBallot</c>), a show of hands is reported for any matter.</para>
/// </remarks>
public sealed class ResolutionPassRule() : Rule<WorkersCongressRecord>("WC-PASS", Severity.Violation, new Citation(Instruments.DemocraticManagementProvisions, 20), new Citation(Instruments.CivilCode, 1259))
{
    private static readonly MessageKey ImportantNotSecret = new("WC-PASS.importantNotSecret", "date", "title");
    private static readonly MessageKey NotAdopted = new("WC-PASS.notAdopted", "date", "title", "inFavour", "size", "needed");
    private static readonly MessageKey NotSecret = new("WC-PASS.notSecret", "date", "title");
    private static readonly MessageKey Short = new("WC-PASS.short", "date", "title", "inFavour", "size", "needed");

    /// <inheritdoc />
    public override void Evaluate(WorkersCongressRecord facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Sessions.All(s => s.Resolutions.Count == 0))
        {
            context.NotApplicable();
            return;
        }

        bool everyVoteSecret = context.TryRead(WorkersCongressParameters.SecretBallot, out bool secret) && secret;
        for (int i = 0; i < facts.Sessions.Count; i++)
        {
            CongressSession s = facts.Sessions[i];
            long? size = facts.BodySizeOf(s);
            for (int j = 0; j < s.Resolutions.Count; j++)
            {
                CongressResolution r = s.Resolutions[j];
                string at = $"$.sessions[{i}].resolutions[{j}]";
                string title = r.Title ?? "#" + (j + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!CheckVotes(facts, context, s, r, size, $"$.sessions[{i}]", at, title))
                {
                    return;
                }

                CheckBallot(context, s, r, everyVoteSecret, at, title);
            }
        }
    }

    private static bool CheckVotes(WorkersCongressRecord facts, RuleContext context, CongressSession s, CongressResolution r, long? size, string sessionAt, string at, string title)
    {
        context.Fact(at + ".inFavour", r.InFavour);
        if (size is not { } body)
        {
            context.MissingInput(facts.Form == CongressForm.AllEmployeeMeeting ? "$.employees" : sessionAt + ".bodySize");
            return true;
        }

        if (r.InFavour is not { } inFavour)
        {
            context.MissingInput(at + ".inFavour");
            return true;
        }

        switch (context.CheckShare(WorkersCongressParameters.PassRatio, "inFavour", inFavour, "bodySize", body, out long needed))
        {
            case true:
                context.Pass();
                return true;
            case false when r.Adopted == false:
                context.Inform(NotAdopted, at + ".inFavour", ("date", s.Date), ("title", title), ("inFavour", inFavour), ("size", body), ("needed", needed));
                return true;
            case false:
                context.Fail(Short, at + ".inFavour", ("date", s.Date), ("title", title), ("inFavour", inFavour), ("size", body), ("needed", needed));
                return true;
            default:
                return false;
        }
    }

    private static void CheckBallot(RuleContext context, CongressSession s, CongressResolution r, bool everyVoteSecret, string at, string title)
    {
        if (!everyVoteSecret && r.Important != true)
        {
            return;
        }

        switch (r.SecretBallot)
        {
            case null:
                context.MissingInput(at + ".secretBallot");
                break;
            case false when everyVoteSecret:
                context.Fail(NotSecret, at + ".secretBallot", ("date", s.Date), ("title", title));
                break;
            case false:
                context.Fail(new Citation(Instruments.DemocraticManagementProvisions, 20), ImportantNotSecret, at + ".secretBallot", ("date", s.Date), ("title", title));
                break;
            default:
                context.Pass();
                break;
        }
    }
}

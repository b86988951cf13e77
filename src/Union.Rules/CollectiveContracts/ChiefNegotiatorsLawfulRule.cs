using Union.Domain.CollectiveContracts;
using Union.Rules.Engine;

namespace Union.Rules.CollectiveContracts;

/// <summary>CC-REPS-CHIEF: one chief a side, each entitled to the seat, never an outsider (首席代表).</summary>
/// <remarks>
/// 集体合同规定 第十九条 "各确定1名首席代表"; 第二十条: the employee chief is the union chair, who "可以书面委托其他协商代表代理首席代表"
/// (with no union, elected by the negotiators); 第二十一条: the employer chief is the 法定代表人 or "由其书面委托的其他管理人员";
/// 第二十三条 "首席代表不得由非本单位人员代理". "工会主席空缺的，首席代表由工会主要负责人担任" (第二十条第二款): with the chair's post
/// recorded vacant, the employee chief is the union's principal officer. Where the union chair (or, with the post vacant, the
/// principal officer) or the legal representative is not recorded and the chief holds no written mandate, the entitlement is
/// not assessed (nothing guessed).
/// </remarks>
public sealed class ChiefNegotiatorsLawfulRule() : Rule<CollectiveContract>("CC-REPS-CHIEF", Severity.Violation, new Citation(Instruments.CollectiveContractProvisions, 19), new Citation(Instruments.CollectiveContractProvisions, 20), new Citation(Instruments.CollectiveContractProvisions, 21), new Citation(Instruments.CollectiveContractProvisions, 23))
{
    private static readonly MessageKey RepsChiefCount = new("CC-REPS-CHIEF.count", "side", "count");
    private static readonly MessageKey NotEntitled = new("CC-REPS-CHIEF.notEntitled", "side", "id");
    private static readonly MessageKey Outsider = new("CC-REPS-CHIEF.outsider", "side", "id");

    /// <inheritdoc />
    public override void Evaluate(CollectiveContract facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        if (facts.Negotiators.Count == 0)
        {
            context.MissingInput("$.negotiators");
            return;
        }

        foreach (Side side in new[] { Side.Employee, Side.Employer })
        {
            string name = side == Side.Employee ? "employee" : "employer";
            var chiefs = facts.Negotiators.Select((n, i) => (n, i)).Where(x => x.n.Side == side && x.n.Chief == true).ToArray();
            context.Fact($"chiefs.{name}", chiefs.Length);
            if (chiefs.Length != 1)
            {
                context.Fail(RepsChiefCount, "$.negotiators", ("side", name), ("count", chiefs.Length));
                continue;
            }

            (Negotiator chief, int index) = chiefs[0];
            string path = $"$.negotiators[{index}]";
            if (chief.External == true)
            {
                context.Fail(Outsider, path, ("side", name), ("id", chief.Id));
                continue;
            }

            if (chief.WrittenMandate == true)
            {
                continue;
            }

            if (side == Side.Employee)
            {
                if (facts.Union?.Exists == false)
                {
                    continue;
                }

                (string? entitled, string entitledPath) = facts.Union?.Chair is null && facts.Union?.ChairVacant == true
                    ? (facts.Union.PrincipalOfficer, "$.union.principalOfficer")
                    : (facts.Union?.Chair, "$.union.chair");
                context.Fact(entitledPath, entitled);
                if (entitled is null)
                {
                    context.MissingInput(entitledPath);
                }
                else if (!string.Equals(entitled, chief.Id, StringComparison.Ordinal))
                {
                    context.Fail(NotEntitled, path, ("side", name), ("id", chief.Id));
                }
            }
            else if (facts.Employer?.LegalRepresentative is not { } rep)
            {
                context.MissingInput("$.employer.legalRepresentative");
            }
            else if (!string.Equals(rep, chief.Id, StringComparison.Ordinal))
            {
                context.Fail(NotEntitled, path, ("side", name), ("id", chief.Id));
            }
        }

        context.Pass();
    }
}

using Union.Domain.WorkersCongress;
using Union.Rules.Engine;

namespace Union.Rules.WorkersCongress;

/// <summary>WC-FORM (组织形式): an employer with one hundred employees or more holds a workers' congress (职工代表大会), not an all-employee meeting (职工大会).</summary>
/// <remarks>
/// <para>上海市职工代表大会条例 第四条第二款："职工人数在一百人以上的企事业单位应当召开职工代表大会；职工人数不足一百人的企事业单位一般召开职工大会";
/// 浙江省企业民主管理条例 第七条第二款："职工不满一百人的企业，可以召开职工大会". 以上 includes the number (民法典 第一千二百五十九条): 100
/// employees hold a congress, 99 may hold a meeting. Parameter <c>wc.form.minEmployees</c> (its comparison from the data).</para>
/// <para>Reading: under the threshold either form is lawful (一般 / 可以; 上海 第二十一条第（三）项 and 浙江 第十条 provide for a
/// congress under a hundred), so only a meeting at or above it is reported. The national value is not in the held excerpt of
/// 企业民主管理规定 and is cited by the instrument alone.</para>
/// </remarks>
public sealed class CongressFormRule() : Rule<WorkersCongressRecord>("WC-FORM", Severity.Warning, new Citation(Instruments.DemocraticManagementProvisions), new Citation(Instruments.CivilCode, 1259))
{
    private static readonly MessageKey Meeting = new("WC-FORM.meeting", "employees", "min");

    /// <inheritdoc />
    public override void Evaluate(WorkersCongressRecord facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        context.Fact("form", facts.Form == CongressForm.Congress ? "congress" : "allEmployeeMeeting");
        context.Fact("employees", facts.Employees);
        if (facts.Employees is not { } employees)
        {
            context.MissingInput("$.employees");
            return;
        }

        if (!context.TryRead(WorkersCongressParameters.FormMinEmployees, out decimal min, out ParameterReading reading))
        {
            return;
        }

        bool congressDue = context.Compare("employees", employees, reading.Comparison ?? Domain.Common.Comparison.AtLeast, WorkersCongressParameters.FormMinEmployees.Name, min);
        if (congressDue && facts.Form == CongressForm.AllEmployeeMeeting)
        {
            context.Fail(Meeting, "$.form", ("employees", employees), ("min", min));
            return;
        }

        context.Pass();
    }
}

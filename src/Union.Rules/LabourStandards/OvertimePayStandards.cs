using NodaTime;
using Union.Domain.Common;
using Union.Domain.WageNegotiation;
using Union.Rules.Engine;
using Union.Rules.Resources;

namespace Union.Rules.LabourStandards;

/// <summary>
/// The statutory overtime pay (法定加班工资标准) that CC-OVERTIME-PAY and WN-OVERTIME-PAY check and WN-COST costs: the multiples of
/// 劳动法 第四十四条 and the hourly base of 工资支付暂行规定 第十三条, built the way the region builds it.
/// </summary>
/// <remarks>
/// <para>劳动法 第四十四条: "（一）安排劳动者延长工作时间的，支付不低于工资的百分之一百五十的工资报酬；（二）休息日安排劳动者工作又不能安排补休的，
/// 支付不低于工资的百分之二百的工资报酬；（三）法定休假日安排劳动者工作的，支付不低于工资的百分之三百的工资报酬。" Each multiple is checked on its
/// own, and each one below its item is a finding of its own, citing that item. 不低于 allows equality.</para>
/// <para>工资支付暂行规定 第十三条: the base is "劳动合同规定的劳动者本人小时工资标准"; 劳社部发〔2008〕3号: 小时工资 = 月工资 ÷ (21.75 × 8).
/// The monthly wage is the agreed wage standard without the kinds <c>wage.overtimeBase.excludedComponents</c> lists
/// (<see cref="OvertimeBaseRules"/>).</para>
/// </remarks>
public static class OvertimePayStandards
{
    /// <summary>
    /// Checks one agreed multiple against its statutory minimum in force on <paramref name="on"/>; a multiple below it is a failure
    /// that cites the article the parameter's source names (劳动法 第四十四条第（一）项 for the workday multiple), with the arguments
    /// <c>kind</c> (the parameter), <c>rate</c> and <c>minimum</c>. A multiple not agreed is not checked (the statute applies).
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="statutory">The statutory multiple (<see cref="LabourStandardParameters.WorkdayRate"/>, <see cref="LabourStandardParameters.RestDayRate"/>, <see cref="LabourStandardParameters.HolidayRate"/>).</param>
    /// <param name="agreed">The agreed multiple, when one is agreed.</param>
    /// <param name="path">The JSON path of the agreed multiple.</param>
    /// <param name="messageKey">The rule's message for a multiple below the minimum, with the arguments <c>kind</c>, <c>rate</c> and <c>minimum</c>.</param>
    /// <param name="on">The date the multiple applies on; the evaluation date when absent.</param>
    /// <returns>Whether the multiple holds (true when none is agreed or no minimum is in force).</returns>
    public static bool CheckMultiple(RuleContext context, Parameter<decimal> statutory, decimal? agreed, string path, MessageKey messageKey, LocalDate? on = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(statutory);
        if (agreed is not { } rate || !context.TryRead(statutory, out decimal minimum, out ParameterReading reading, on))
        {
            return true;
        }

        if (context.Compare(path, rate, reading.Comparison ?? Comparison.AtLeast, statutory.Name, minimum))
        {
            return true;
        }

        var arguments = new (string, object?)[] { ("kind", statutory.Name), ("rate", rate), ("minimum", minimum) };
        if (Citation.TryParse(reading.Source, out Citation? citation))
        {
            context.Fail(citation, messageKey, path, arguments);
        }
        else
        {
            context.Fail(messageKey, path, arguments);
        }

        return false;
    }

    /// <summary>Checks the three multiples of 劳动法 第四十四条 (workday, rest day, statutory holiday); see <see cref="CheckMultiple"/>.</summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="workday">The agreed workday multiple and its path.</param>
    /// <param name="restDay">The agreed rest-day multiple and its path.</param>
    /// <param name="holiday">The agreed statutory-holiday multiple and its path.</param>
    /// <param name="messageKey">The rule's message for a multiple below the minimum, with the arguments <c>kind</c>, <c>rate</c> and <c>minimum</c>.</param>
    /// <param name="on">The date the multiples apply on; the evaluation date when absent.</param>
    /// <returns>Whether all three hold.</returns>
    public static bool CheckMultiples(RuleContext context, (decimal? Rate, string Path) workday, (decimal? Rate, string Path) restDay, (decimal? Rate, string Path) holiday, MessageKey messageKey, LocalDate? on = null)
    {
        bool ok = CheckMultiple(context, LabourStandardParameters.WorkdayRate, workday.Rate, workday.Path, messageKey, on);
        ok &= CheckMultiple(context, LabourStandardParameters.RestDayRate, restDay.Rate, restDay.Path, messageKey, on);
        ok &= CheckMultiple(context, LabourStandardParameters.HolidayRate, holiday.Rate, holiday.Path, messageKey, on);
        return ok;
    }

    /// <summary>
    /// Reads how the region builds the overtime base on a date, recording the readings: the kinds left out (a name that is no
    /// <see cref="PayComponentKind"/> is reported as not assessed), the minimum-wage floor and the default share (regions only; the
    /// default share is recorded as in force on the evaluation date and never cited, since a rule that has an agreed wage never uses it).
    /// </summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="on">The date.</param>
    /// <param name="rules">The rules, when the data holds them.</param>
    /// <returns>Whether they could be read.</returns>
    public static bool TryReadBaseRules(RuleContext context, LocalDate on, out OvertimeBaseRules rules)
    {
        ArgumentNullException.ThrowIfNull(context);
        rules = OvertimeBaseRules.National;
        if (!context.TryRead(LabourStandardParameters.OvertimeBaseExcludedComponents, out IReadOnlyList<string> names, on))
        {
            return false;
        }

        if (!PayComponentNames.TryParse(names, out IReadOnlyList<PayComponentKind> kinds, out string? unknown))
        {
            context.NotAssessed(EngineMessages.ParameterInvalid, "$", ("parameter", LabourStandardParameters.OvertimeBaseExcludedComponents.Name), ("value", unknown), ("kind", "PayComponentKind"));
            return false;
        }

        bool floor = context.TryRead(LabourStandardParameters.OvertimeBaseMinimumWageFloor, out bool f, on) && f;
        // The default share applies only where no contract fixes the monthly pay: it is recorded, never cited.
        Ratio? ratio = context.TryReadWithoutCiting(LabourStandardParameters.OvertimeBaseDefaultRatio, out Ratio r) ? r : null;
        rules = new OvertimeBaseRules(kinds, floor, ratio);
        return true;
    }

    /// <summary>Reads how the region builds the overtime base on a date, without recording (for costing outside a rule).</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="on">The date.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ParameterNotInForceException">The list of kinds left out is not in force, or names a kind that does not exist.</exception>
    public static OvertimeBaseRules BaseRulesFor(JurisdictionProfile profile, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Parameter<IReadOnlyList<string>> list = LabourStandardParameters.OvertimeBaseExcludedComponents;
        if (!list.TryRead(profile, on, out IReadOnlyList<string> names) || !PayComponentNames.TryParse(names, out IReadOnlyList<PayComponentKind> kinds, out _))
        {
            throw new ParameterNotInForceException(list.Name, profile.Region, on);
        }

        bool floor = LabourStandardParameters.OvertimeBaseMinimumWageFloor.TryRead(profile, on, out bool f) && f;
        Ratio? ratio = LabourStandardParameters.OvertimeBaseDefaultRatio.TryRead(profile, on, out Ratio r) ? r : null;
        return new OvertimeBaseRules(kinds, floor, ratio);
    }

    /// <summary>The hourly base: the monthly base ÷ (paid days a month × hours a day), exact (劳社部发〔2008〕3号).</summary>
    /// <param name="monthlyBase">The monthly base.</param>
    /// <param name="paidDaysPerMonth">Paid days a month (21.75).</param>
    /// <param name="hoursPerDay">Hours a day (8).</param>
    /// <returns>The hourly base, not rounded.</returns>
    public static Money HourlyBase(Money monthlyBase, decimal paidDaysPerMonth, decimal hoursPerDay) => monthlyBase / (paidDaysPerMonth * hoursPerDay);
}

using System.Text.Json.Serialization;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.WageNegotiation;

/// <summary>
/// A wage agreement or a proposal for one (工资协议 / 工资协商方案): the region and year, the term, the enterprise's situation,
/// the pay structure, the proposed adjustment for each year of the term, the overtime terms and the dates of the procedure.
/// </summary>
/// <remarks>
/// <para>Structure is checked by <see cref="WageProposalValidator"/> (a negative headcount, a term that ends before it starts);
/// legality never is: a proposal below the minimum wage or above the guideline's upper line is representable, so that the
/// rules can report it.</para>
/// <para>Amounts are exact yuan; monthly amounts are per person. Percentages in the document are percent numbers
/// (<c>5.5</c> means 5.5 %); overtime rates are multiples (<c>1.5</c> means 150 %).</para>
/// </remarks>
/// <param name="Region">The region whose standards apply (GB/T 2260), e.g. <c>310000</c>.</param>
/// <param name="Year">The year whose wage guideline applies to the first year of the term.</param>
/// <param name="Term">The agreement's term.</param>
/// <param name="Grades">The pay grades or positions (工资等级 / 岗位), each with its headcount and current monthly pay.</param>
/// <param name="Name">A label, e.g. 工会方方案 2026.</param>
/// <param name="Side">Who tabled the proposal.</param>
/// <param name="Enterprise">The enterprise's situation (经济效益), which decides the guideline line that applies.</param>
/// <param name="Adjustments">The adjustment for each year of the term (第 1 年, 第 2 年, ...).</param>
/// <param name="PartTimeRates">Hourly rates of part-time (非全日制) employees.</param>
/// <param name="Overtime">The overtime terms (加班工资与工时).</param>
/// <param name="Process">The dates of the procedure (协商程序).</param>
/// <param name="Contents">The items of 工资集体协商试行办法 第七条 the agreement covers.</param>
/// <param name="Factors">The factors of 第八条 the negotiators considered (协商参考因素).</param>
public sealed record WageProposal(
    RegionCode Region,
    [property: InputRange(1990, 2200)] int Year,
    WageTerm Term,
    [property: InputCount(10_000, Minimum = 1)] IReadOnlyList<PayGrade> Grades,
    string? Name = null,
    ProposingSide? Side = null,
    EnterpriseSituation? Enterprise = null,
    [property: InputCount(InputLimits.MaxTermYears)] IReadOnlyList<YearAdjustment>? Adjustments = null,
    [property: InputCount(10_000)] IReadOnlyList<PartTimeRate>? PartTimeRates = null,
    OvertimeTerms? Overtime = null,
    WageProcess? Process = null,
    [property: InputCount(100)] IReadOnlyList<AgreementItem>? Contents = null,
    NegotiationFactors? Factors = null)
{
    /// <summary>Gets the adjustment for a year of the term (1-based), or <see langword="null"/> when the proposal has none.</summary>
    /// <param name="termYear">The year of the term, from 1.</param>
    /// <returns>The adjustment.</returns>
    public YearAdjustment? AdjustmentFor(int termYear) => Adjustments?.FirstOrDefault(a => a.TermYear == termYear);
}

/// <summary>The term of a wage agreement (工资协议期限): from its first day to its last day, both included.</summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day (included).</param>
public sealed record WageTerm(LocalDate Start, LocalDate End)
{
    /// <summary>Gets the term as a date interval (end included); computed, so never written to or read from JSON.</summary>
    [JsonIgnore]
    public DateInterval Interval => new(Start, End);

    /// <summary>
    /// Gets the years of the term: year 1 starts on <see cref="Start"/>, each next year on the corresponding day a year later;
    /// the last year ends on <see cref="End"/> and may be shorter.
    /// </summary>
    /// <returns>The years, in order; at least one when the term is valid.</returns>
    public IReadOnlyList<DateInterval> Years()
    {
        var years = new List<DateInterval>();
        for (int i = 0; ; i++)
        {
            LocalDate s = Start.PlusYears(i);
            if (s > End)
            {
                break;
            }

            LocalDate e = Start.PlusYears(i + 1).PlusDays(-1);
            years.Add(new DateInterval(s, e < End ? e : End));
        }

        return years;
    }
}

/// <summary>Who tabled a proposal (提出方).</summary>
public enum ProposingSide
{
    /// <summary>The employees' side, represented by the union (职工方).</summary>
    [JsonStringEnumMemberName("employees")]
    Employees = 0,

    /// <summary>The enterprise's side (企业方).</summary>
    [JsonStringEnumMemberName("employer")]
    Employer = 1,

    /// <summary>An agreed text (双方协商一致的文本).</summary>
    [JsonStringEnumMemberName("agreed")]
    Agreed = 2,
}

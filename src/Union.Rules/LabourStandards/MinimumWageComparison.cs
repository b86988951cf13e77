using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;
using Union.Rules.Resources;

namespace Union.Rules.LabourStandards;

/// <summary>
/// The one comparison of pay with the local minimum wage (最低工资比对) that CC-WAGE-FLOOR, WN-MINWAGE-MONTHLY, WN-MINWAGE-HOURLY and
/// WN-PROBATION-PAY make: on every date of a span on which a standard changes, pay against the monthly or hourly minimum in force,
/// by the comparison the region sets, after removing the employee's own contributions the region's minimum does not include.
/// One instance serves one rule in one evaluation: it reads each standard once a date and records it in the explanation.
/// </summary>
/// <remarks>
/// <para>最低工资规定 第十二条: "用人单位应支付给劳动者的工资在剔除下列各项以后，不得低于当地最低工资标准" (overtime pay, the
/// special-condition allowances and statutory welfare; the caller passes pay without them). 劳动合同法 第五十五条: a collective
/// contract's standards "不得低于当地人民政府规定的最低标准"; 浙江省集体合同条例 第五条第三款 and 杭州市企业工资集体协商条例 第十一条 say
/// "应当高于": the comparison is the parameter the caller names (<c>cc.wageFloor.comparison</c>, <c>wn.wageFloor.comparison</c>:
/// <c>atLeast</c> or <c>moreThan</c>), or 不得低于 (≥) when it names none.</para>
/// <para>Contributions: <c>standard.minimumWage.excludedContributions</c> lists the kinds of the employee's own contributions the
/// region's monthly minimum does not include (北京、上海: all four; 江苏: the housing fund; 广东、重庆: none); they are removed from pay
/// first. The order of the decision: pay before any removal is compared on every date first, and pay that already fails is a
/// violation whatever the contributions are (removing them can only lower it). Only pay that passes needs the contributions: when
/// the region's list is not in the data, or the document does not give the kinds listed, the comparison cannot be finished and
/// the subject is not assessed, naming the parameter or the field; a violation found on another date still decides.</para>
/// <para>The hourly minimum (非全日制) is compared as it is: the regional notices build the contributions into it.</para>
/// </remarks>
public sealed class MinimumWageComparison
{
    private readonly RuleContext _context;
    private readonly Parameter<string>? _comparison;
    private readonly Dictionary<(string Name, LocalDate Date), decimal?> _minimums = [];
    private readonly Dictionary<LocalDate, Comparison?> _comparisons = [];
    private readonly Dictionary<LocalDate, IReadOnlyList<EmployeeContributionKind>?> _exclusions = [];
    private readonly HashSet<LocalDate> _exclusionsReported = [];
    private readonly HashSet<string> _standardsRead = new(StringComparer.Ordinal);

    /// <summary>Initializes a comparison for one rule's evaluation.</summary>
    /// <param name="context">The rule's context.</param>
    /// <param name="comparison">
    /// The parameter that says how pay compares with the minimum (<see cref="LabourStandardParameters.CollectiveContractWageFloorComparison"/>,
    /// <see cref="LabourStandardParameters.WageAgreementWageFloorComparison"/>); <see langword="null"/> for 不得低于 (an individual's pay,
    /// 最低工资规定 第十二条).
    /// </param>
    public MinimumWageComparison(RuleContext context, Parameter<string>? comparison = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _comparison = comparison;
    }

    /// <summary>
    /// Gets the dates a comparison over <paramref name="first"/> to <paramref name="last"/> is made on: the first day, the dates in
    /// <paramref name="alsoOn"/> inside the span (a term year's first day, when pay changes), and every day inside the span on which
    /// a value of one of <paramref name="parameters"/> takes effect in any layer of the profile (a rise on 1 September is caught on
    /// its date).
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <param name="first">The first day (inclusive).</param>
    /// <param name="last">The last day (inclusive); the first day when earlier.</param>
    /// <param name="alsoOn">Further dates, when pay changes on them.</param>
    /// <param name="parameters">The parameters whose changes matter.</param>
    /// <returns>The dates, in order.</returns>
    public static IReadOnlyList<LocalDate> Checkpoints(JurisdictionProfile profile, LocalDate first, LocalDate last, IEnumerable<LocalDate>? alsoOn, params Parameter[] parameters)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(parameters);
        if (last < first)
        {
            last = first;
        }

        var dates = new SortedSet<LocalDate> { first };
        foreach (LocalDate d in alsoOn ?? [])
        {
            if (d > first && d <= last)
            {
                dates.Add(d);
            }
        }

        foreach (ParameterLayer layer in profile.Layers)
        {
            foreach (Parameter parameter in parameters)
            {
                if (layer.Parameters.TryGetValue(parameter.Name, out ParameterDefinition? definition))
                {
                    foreach (ParameterValue v in definition.Values)
                    {
                        if (v.From > first && v.From <= last)
                        {
                            dates.Add(v.From);
                        }
                    }
                }
            }
        }

        return [.. dates];
    }

    /// <summary>
    /// Compares monthly pay for full-time work with the monthly minimum on each date (最低工资规定 第五条、第十二条), pay first as
    /// it is and then after removing the contributions the region's minimum does not include. Records the comparisons; records a
    /// "not assessed" finding when the comparison cannot be finished (the region's list or a contribution is missing); leaves the
    /// failure to the caller, who words it.
    /// </summary>
    /// <param name="subject">The subject as a reader knows it (a grade's name), for the messages.</param>
    /// <param name="path">The JSON path of the subject.</param>
    /// <param name="dates">The dates (<see cref="Checkpoints"/>).</param>
    /// <param name="pay">The pay on a date, overtime pay, special-condition allowances and statutory welfare already left out.</param>
    /// <param name="contributions">What the document says about the employee's own contributions.</param>
    /// <returns>The first date pay fails, or what stopped the comparison, or that it holds.</returns>
    public MinimumWageResult Monthly(string subject, string path, IReadOnlyList<LocalDate> dates, Func<LocalDate, Money> pay, ContributionFacts contributions)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(pay);
        ArgumentNullException.ThrowIfNull(contributions);
        Parameter<decimal> standard = LabourStandardParameters.MinimumWageMonthly;
        bool any = false;
        foreach (LocalDate d in dates)
        {
            if (!TryStandard(standard, d, out decimal minimum, out Comparison comparison))
            {
                continue;
            }

            any = true;
            Money gross = pay(d);
            if (!_context.Compare($"{path}.pay@{RuleContext.Format(d)}", gross.Yuan, comparison, standard.Name, minimum))
            {
                return new MinimumWageResult(MinimumWageOutcome.Below, d, gross, minimum, comparison);
            }
        }

        if (!any)
        {
            return new MinimumWageResult(MinimumWageOutcome.NoStandard);
        }

        LocalDate? listMissing = null;
        (LocalDate Date, Money Pay, decimal Minimum, IReadOnlyList<EmployeeContributionKind> Kinds, string Field)? unfinished = null;
        foreach (LocalDate d in dates)
        {
            if (!TryStandard(standard, d, out decimal minimum, out Comparison comparison))
            {
                continue;
            }

            if (!TryExclusions(d, out IReadOnlyList<EmployeeContributionKind> kinds))
            {
                listMissing ??= d;
                continue;
            }

            if (kinds.Count == 0)
            {
                continue;
            }

            Money gross = pay(d);
            if (!contributions.TryAmount(kinds, out Money removed, out string field))
            {
                unfinished ??= (d, gross, minimum, kinds, field);
                continue;
            }

            Money net = gross - removed;
            _context.Fact($"{path}.contributionsRemoved@{RuleContext.Format(d)}", removed);
            if (!_context.Compare($"{path}.payAfterContributions@{RuleContext.Format(d)}", net.Yuan, comparison, standard.Name, minimum))
            {
                return new MinimumWageResult(MinimumWageOutcome.Below, d, net, minimum, comparison, removed);
            }
        }

        if (listMissing is { } date)
        {
            ReportListMissing(date);
            return new MinimumWageResult(MinimumWageOutcome.NotAssessed, date);
        }

        if (unfinished is { } u)
        {
            _context.NotAssessed(
                MessageKeys.ContributionsMissing,
                u.Field,
                ("subject", subject),
                ("date", u.Date),
                ("pay", u.Pay),
                ("minimum", u.Minimum),
                ("kinds", string.Join(", ", u.Kinds.Select(ContributionKinds.Name))),
                ("field", u.Field));
            return new MinimumWageResult(MinimumWageOutcome.NotAssessed, u.Date, u.Pay, u.Minimum);
        }

        return new MinimumWageResult(MinimumWageOutcome.Met);
    }

    /// <summary>
    /// Compares an hourly rate for part-time work with the hourly minimum on each date (最低工资规定 第五条), by the same comparison;
    /// nothing is removed. Records the comparisons; leaves the failure to the caller.
    /// </summary>
    /// <param name="path">The JSON path of the rate.</param>
    /// <param name="dates">The dates (<see cref="Checkpoints"/>).</param>
    /// <param name="rate">The hourly rate.</param>
    /// <returns>The first date the rate fails, or that it holds.</returns>
    public MinimumWageResult Hourly(string path, IReadOnlyList<LocalDate> dates, Money rate)
    {
        ArgumentNullException.ThrowIfNull(dates);
        Parameter<decimal> standard = LabourStandardParameters.MinimumWageHourly;
        bool any = false;
        foreach (LocalDate d in dates)
        {
            if (!TryStandard(standard, d, out decimal minimum, out Comparison comparison))
            {
                continue;
            }

            any = true;
            if (!_context.Compare($"{path}@{RuleContext.Format(d)}", rate.Yuan, comparison, standard.Name, minimum))
            {
                return new MinimumWageResult(MinimumWageOutcome.Below, d, rate, minimum, comparison);
            }
        }

        return new MinimumWageResult(any ? MinimumWageOutcome.Met : MinimumWageOutcome.NoStandard);
    }

    /// <summary>
    /// Adds the note of <see cref="StaleStandardNote"/> for each standard this comparison read whose value in force on
    /// <paramref name="last"/>, the last day the decision covers, is past its adjustment cycle by then.
    /// </summary>
    /// <param name="last">The last day the decision covers (a term's last day, or the date of the review).</param>
    public void NoteStale(LocalDate last)
    {
        foreach (string name in _standardsRead.Order(StringComparer.Ordinal))
        {
            if (_context.TryLookUp(name, out ParameterReading reading, last))
            {
                StaleStandardNote.Report(_context, reading);
            }
        }
    }

    private bool TryStandard(Parameter<decimal> standard, LocalDate date, out decimal minimum, out Comparison comparison)
    {
        comparison = Comparison.AtLeast;
        if (!_minimums.TryGetValue((standard.Name, date), out decimal? cached))
        {
            cached = _context.TryRead(standard, out decimal value, date) ? value : null;
            _minimums[(standard.Name, date)] = cached;
            if (cached is not null)
            {
                _standardsRead.Add(standard.Name);
            }
        }

        minimum = cached ?? 0m;
        return cached is not null && TryComparison(date, out comparison);
    }

    private bool TryComparison(LocalDate date, out Comparison comparison)
    {
        comparison = Comparison.AtLeast;
        if (_comparison is null)
        {
            return true;
        }

        if (!_comparisons.TryGetValue(date, out Comparison? cached))
        {
            cached = null;
            if (_context.TryRead(_comparison, out string choice, date))
            {
                cached = choice switch
                {
                    "atLeast" => Comparison.AtLeast,
                    "moreThan" => Comparison.MoreThan,
                    _ => null,
                };
                if (cached is null)
                {
                    _context.NotAssessed(EngineMessages.ParameterInvalid, "$", ("parameter", _comparison.Name), ("value", choice), ("kind", "atLeast | moreThan"));
                }
            }

            _comparisons[date] = cached;
        }

        comparison = cached ?? Comparison.AtLeast;
        return cached is not null;
    }

    private bool TryExclusions(LocalDate date, out IReadOnlyList<EmployeeContributionKind> kinds)
    {
        Parameter<IReadOnlyList<string>> parameter = LabourStandardParameters.MinimumWageExcludedContributions;
        if (!_exclusions.TryGetValue(date, out IReadOnlyList<EmployeeContributionKind>? cached))
        {
            cached = null;
            if (_context.IsInForce(parameter, date) && _context.TryRead(parameter, out IReadOnlyList<string> names, date))
            {
                if (ContributionKinds.TryParse(names, out IReadOnlyList<EmployeeContributionKind> parsed, out string? unknown))
                {
                    cached = parsed;
                }
                else
                {
                    _context.NotAssessed(EngineMessages.ParameterInvalid, "$", ("parameter", parameter.Name), ("value", unknown), ("kind", "pension | medical | unemployment | housingFund"));
                    _exclusionsReported.Add(date);
                }
            }

            _exclusions[date] = cached;
        }

        kinds = cached ?? [];
        return cached is not null;
    }

    // The list is read quietly first, so that a missing one is reported only when a comparison needed it and found no violation.
    private void ReportListMissing(LocalDate date)
    {
        if (_exclusionsReported.Add(date))
        {
            _context.NotAssessed(
                EngineMessages.ParameterMissing,
                "$",
                ("parameter", LabourStandardParameters.MinimumWageExcludedContributions.Name),
                ("region", _context.Profile.Region?.ToString() ?? "national"),
                ("date", date));
        }
    }

    /// <summary>The message keys of the comparison (最低工资比对消息).</summary>
    internal static class MessageKeys
    {
        /// <summary>Pay passes before removal, but a contribution the minimum does not include is not given.</summary>
        internal static readonly MessageKey ContributionsMissing = new("minimumWage.contributionsMissing", "subject", "date", "pay", "minimum", "kinds", "field");

    }
}

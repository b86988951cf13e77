using System.Runtime.CompilerServices;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// Screens households for a category and per-head incomes only (困难职工批量筛查): every parameter is read once, when the
/// screener is created for a profile and a date, and <see cref="Screen(in HouseholdSnapshot)"/> then allocates nothing.
/// Gives the same category as <see cref="HardshipEngine.Assess(HardshipApplication, LocalDate, JurisdictionProfile, bool)"/> with the built-in rules. Immutable and safe to share
/// between threads.
/// </summary>
public sealed class HardshipScreener
{
    private readonly bool _ready;
    private readonly int _months;
    private readonly decimal _deepLimit;
    private readonly Comparison _deepCmp;
    private readonly decimal _relativeLimit;
    private readonly Comparison _relativeCmp;
    private readonly decimal _accidentRatio;
    private readonly Comparison _accidentCmp;
    private readonly bool _hasMinimumWage;
    private readonly decimal _imputedEach;
    private readonly decimal _capMedical;
    private readonly decimal _capDisability;
    private readonly decimal _capEducation;
    private readonly decimal _capHousing;
    private readonly decimal _capCare;
    private readonly decimal _capJob;
    private readonly bool _capped;
    private readonly int _deepDeducts;
    private readonly int _relativeDeducts;
    private readonly HardshipExclusions _barringDeep;
    private readonly HardshipExclusions _barringRelative;
    private readonly HardshipExclusions _barringAccident;
    private readonly HardshipExclusions _barsUnknown;

    // Read for building snapshots.
    private readonly int _countedIncome;
    private readonly int _ageFrom;
    private readonly int _ageUntil;
    private readonly bool _hasAges;
    private readonly decimal? _minEmploymentYears;
    private readonly Comparison _employmentCmp;
    private readonly decimal? _feeRatio;
    private readonly Comparison _feeCmp;
    private readonly decimal? _minHomes;
    private readonly Comparison _homesCmp;
    private readonly decimal? _areaLimit;
    private readonly Comparison _areaCmp;

    private HardshipScreener(JurisdictionProfile profile, LocalDate asOf)
    {
        Profile = profile;
        AsOf = asOf;
        var missing = new List<string>();
        bool TryRead<T>(Parameter<T> parameter, out T value, out Comparison? cmp)
        {
            cmp = null;
            value = default!;
            if (!profile.TryGet(parameter.Name, asOf, out ParameterReading r) || !parameter.TryConvert(r, out value))
            {
                return false;
            }

            cmp = r.Comparison;
            return true;
        }

        T Required<T>(Parameter<T> parameter, out Comparison? cmp)
        {
            if (TryRead(parameter, out T value, out cmp))
            {
                return value;
            }

            missing.Add(parameter.Name);
            return default!;
        }

        (decimal? Value, Comparison Cmp) Optional(Parameter<decimal> parameter, Comparison fallback) =>
            TryRead(parameter, out decimal d, out Comparison? c) ? (d, c ?? fallback) : (null, fallback);

        int Mask(Parameter<IReadOnlyList<string>> parameter, string[] known)
        {
            int mask = 0;
            if (TryRead(parameter, out IReadOnlyList<string> names, out _) && HardshipMath.TryMask(names, known, out mask, out _))
            {
                return mask;
            }

            missing.Add(parameter.Name);
            return 0;
        }

        _months = (int)Required(HardshipParameters.IncomeWindowMonths, out _);
        decimal dibao = Required(HardshipParameters.SubsistenceAllowance, out _);
        decimal deepMultiplier = Required(HardshipParameters.DeepMultiplier, out Comparison? deepCmp);
        decimal relativeMultiplier = Required(HardshipParameters.RelativeMultiplier, out Comparison? relativeCmp);
        _deepCmp = deepCmp ?? Comparison.LessThan;
        _relativeCmp = relativeCmp ?? Comparison.LessThan;
        _deepLimit = HardshipMath.Limit(deepMultiplier, dibao);
        _relativeLimit = HardshipMath.Limit(relativeMultiplier, dibao);
        _accidentRatio = Required(HardshipParameters.AccidentLossRatio, out Comparison? accidentCmp).ToDecimal();
        _accidentCmp = accidentCmp ?? Comparison.MoreThan;
        _countedIncome = Mask(HardshipParameters.CountedIncomeCategories, HardshipMath.IncomeNames);
        _deepDeducts = Mask(HardshipParameters.DeepDeductedCategories, HardshipMath.ExpenditureNames);
        _relativeDeducts = Mask(HardshipParameters.RelativeDeductedCategories, HardshipMath.ExpenditureNames);

        (decimal? from, _) = Optional(HardshipParameters.WorkingAgeFrom, Comparison.AtLeast);
        (decimal? until, _) = Optional(HardshipParameters.WorkingAgeUntil, Comparison.LessThan);
        _hasAges = from is not null && until is not null;
        _ageFrom = (int)(from ?? 0m);
        _ageUntil = (int)(until ?? 0m);
        if (!_hasAges)
        {
            missing.Add(HardshipParameters.WorkingAgeFrom.Name + "|" + HardshipParameters.WorkingAgeUntil.Name);
        }

        (decimal? wage, _) = Optional(HardshipParameters.MinimumWageMonthly, Comparison.AtLeast);
        _hasMinimumWage = wage is not null;
        _imputedEach = (wage ?? 0m) * _months;
        decimal Cap(ExpenditureCategory c) => Optional(HardshipParameters.RigidCap(c), Comparison.AtMost).Value ?? decimal.MaxValue;
        _capMedical = Cap(ExpenditureCategory.Medical);
        _capDisability = Cap(ExpenditureCategory.Disability);
        _capEducation = Cap(ExpenditureCategory.Education);
        _capHousing = Cap(ExpenditureCategory.Housing);
        _capCare = Cap(ExpenditureCategory.LongTermCare);
        _capJob = Cap(ExpenditureCategory.JobCosts);
        _capped = _capMedical != decimal.MaxValue || _capDisability != decimal.MaxValue || _capEducation != decimal.MaxValue
            || _capHousing != decimal.MaxValue || _capCare != decimal.MaxValue || _capJob != decimal.MaxValue;

        // Which categories each exclusion bars; an exclusion whose list cannot be read leaves a household that hits it unassessed.
        for (int bit = 1; bit <= (int)HardshipExclusions.RefusesWork; bit <<= 1)
        {
            var kind = (HardshipExclusions)bit;
            int mask = 0;
            if (!TryRead(HardshipParameters.ExclusionBars(kind), out IReadOnlyList<string> names, out _) || !HardshipMath.TryMask(names, HardshipMath.CategoryNames, out mask, out _))
            {
                _barsUnknown |= kind;
                continue;
            }

            _barringDeep |= (mask & (1 << (int)HardshipCategory.Deep)) != 0 ? kind : HardshipExclusions.None;
            _barringRelative |= (mask & (1 << (int)HardshipCategory.Relative)) != 0 ? kind : HardshipExclusions.None;
            _barringAccident |= (mask & (1 << (int)HardshipCategory.AccidentInduced)) != 0 ? kind : HardshipExclusions.None;
        }

        (_minEmploymentYears, _employmentCmp) = Optional(HardshipParameters.MigrantMinEmploymentYears, Comparison.AtLeast);
        (_feeRatio, _feeCmp) = Optional(HardshipParameters.PrivateSchoolFeeRatio, Comparison.MoreThan);
        (_minHomes, _homesCmp) = Optional(HardshipParameters.MinHomes, Comparison.AtLeast);
        (_areaLimit, _areaCmp) = Optional(HardshipParameters.PerCapitaHousingArea, Comparison.MoreThan);
        MissingParameters = missing;
        _ready = missing.Count == 0;
    }

    /// <summary>Gets the profile the thresholds were read from.</summary>
    public JurisdictionProfile Profile { get; }

    /// <summary>Gets the date the thresholds were read for.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the required parameters that are missing; when any is, every household screens as not assessed.</summary>
    public IReadOnlyList<string> MissingParameters { get; }

    /// <summary>
    /// Says why a household screens as not assessed (未能评估的原因): each missing parameter by name, <c>$.members</c> for a
    /// household with no member, <c>HD-MEMBER</c> when the membership conditions could not be decided. Empty for a household
    /// that screens as assessed. Meant for the few households not assessed: it allocates.
    /// </summary>
    /// <param name="household">The household.</param>
    /// <returns>The missing items, each once, in a stable order.</returns>
    public IReadOnlyList<string> Missing(in HouseholdSnapshot household)
    {
        if (Screen(household).IsAssessed)
        {
            return [];
        }

        var missing = new List<string>(MissingParameters);
        if (household.HouseholdSize <= 0)
        {
            missing.Add("$.members");
        }

        if (household.Membership == MembershipState.Unknown)
        {
            missing.Add("HD-MEMBER");
        }

        for (int bit = 1; bit <= (int)HardshipExclusions.RefusesWork; bit <<= 1)
        {
            var kind = (HardshipExclusions)bit;
            if ((household.Exclusions & _barsUnknown & kind) != 0)
            {
                missing.Add(HardshipParameters.ExclusionBars(kind).Name);
            }
        }

        if (household.ImputableMembers > 0 && !_hasMinimumWage)
        {
            missing.Add(HardshipParameters.MinimumWageMonthly.Name);
        }

        return missing.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Gets the per-head deep-hardship limit (multiplier × 低保).</summary>
    public decimal DeepLimit => _deepLimit;

    /// <summary>Gets the per-head relative-hardship limit (multiplier × 低保).</summary>
    public decimal RelativeLimit => _relativeLimit;

    /// <summary>Gets how the per-head income is compared with <see cref="DeepLimit"/>.</summary>
    public Comparison DeepComparison => _deepCmp;

    /// <summary>Gets how the per-head income is compared with <see cref="RelativeLimit"/>.</summary>
    public Comparison RelativeComparison => _relativeCmp;

    /// <summary>Gets the months of the income window.</summary>
    public int WindowMonths => _months;

    /// <summary>Gets the income imputed to one member over the window (minimum wage × months; 0 without a minimum wage).</summary>
    public decimal ImputedPerMember => _imputedEach;

    /// <summary>Gets the accident loss ratio.</summary>
    public decimal AccidentRatio => _accidentRatio;

    /// <summary>Gets the exclusions that bar a category (<c>hd.exclusion.&lt;kind&gt;.bars</c>; template: 深度困难 only).</summary>
    /// <param name="category">The category.</param>
    /// <returns>The exclusions whose list names it; none for <see cref="HardshipCategory.None"/>.</returns>
    public HardshipExclusions ExclusionsBarring(HardshipCategory category) => category switch
    {
        HardshipCategory.Deep => _barringDeep,
        HardshipCategory.Relative => _barringRelative,
        HardshipCategory.AccidentInduced => _barringAccident,
        _ => HardshipExclusions.None,
    };

    /// <summary>Gets whether an income test deducts an expenditure category (<c>hd.rigid.deductedCategories.deep|relative</c>).</summary>
    /// <param name="test">The test: <see cref="HardshipCategory.Deep"/> or <see cref="HardshipCategory.Relative"/>.</param>
    /// <param name="category">The expenditure category.</param>
    /// <returns>Whether the test deducts it; false for any other test.</returns>
    public bool Deducts(HardshipCategory test, ExpenditureCategory category)
    {
        int mask = test switch
        {
            HardshipCategory.Deep => _deepDeducts,
            HardshipCategory.Relative => _relativeDeducts,
            _ => 0,
        };
        return (mask & (1 << (int)category)) != 0;
    }

    /// <summary>Creates a screener: reads every threshold for <paramref name="asOf"/> from <paramref name="profile"/> once.</summary>
    /// <param name="profile">The jurisdiction profile.</param>
    /// <param name="asOf">The date of the assessment.</param>
    /// <returns>The screener.</returns>
    public static HardshipScreener Create(JurisdictionProfile profile, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new HardshipScreener(profile, asOf);
    }

    /// <summary>
    /// Screens one household: category and per-head income. Allocates nothing. Gives the category of the full assessment.
    /// </summary>
    /// <param name="household">The household.</param>
    /// <returns>The result.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ScreeningResult Screen(in HouseholdSnapshot household)
    {
        if (!_ready || household.HouseholdSize <= 0 || household.Membership == MembershipState.Unknown || (household.Exclusions & _barsUnknown) != 0)
        {
            return default;
        }

        decimal imputed = 0m;
        if (household.ImputableMembers > 0)
        {
            if (!_hasMinimumWage)
            {
                return default;
            }

            imputed = _imputedEach * household.ImputableMembers;
        }

        decimal medical = household.Medical, disability = household.Disability, education = household.Education;
        decimal housing = household.Housing, care = household.LongTermCare, job = household.JobCosts;
        if (_capped)
        {
            medical = Math.Min(medical, _capMedical);
            disability = Math.Min(disability, _capDisability);
            education = Math.Min(education, _capEducation);
            housing = Math.Min(housing, _capHousing);
            care = Math.Min(care, _capCare);
            job = Math.Min(job, _capJob);
        }

        HouseholdCircumstances circumstances = household.Circumstances;
        if (HardshipMath.IsPositive(medical) || HardshipMath.IsPositive(disability) || HardshipMath.IsPositive(education))
        {
            circumstances |= HouseholdCircumstances.IllnessSchoolingOrDisabilityCosts;
        }

        decimal income = HardshipMath.Plus(household.CountedIncome, imputed);
        decimal net = HardshipMath.Minus(income, HardshipMath.Deducted(_deepDeducts, medical, disability, education, housing, care, job));
        decimal relativeNet = HardshipMath.Minus(income, HardshipMath.Deducted(_relativeDeducts, medical, disability, education, housing, care, job));
        int divisor = household.HouseholdSize * _months;

        // HardshipMath.Decide, with each test worked out only when the decision reaches it (the same tests in the same order):
        // a per-head income is divided out here only for a test that can decide the category, otherwise when it is read.
        HardshipCategory category = HardshipCategory.None;
        if (household.Membership == MembershipState.Eligible)
        {
            HardshipExclusions hit = household.Exclusions;
            if ((hit & _barringDeep) == 0 && HardshipMath.DeepCircumstance(circumstances) && _deepCmp.Holds(HardshipMath.PerHead(net, divisor), _deepLimit))
            {
                category = HardshipCategory.Deep;
            }
            else if ((hit & _barringRelative) == 0 && HardshipMath.RelativeCircumstance(circumstances) && _relativeCmp.Holds(HardshipMath.PerHead(relativeNet, divisor), _relativeLimit))
            {
                category = HardshipCategory.Relative;
            }
            else if ((hit & _barringAccident) == 0 && household.AccidentLosses != 0m && HardshipMath.AccidentHolds(household.AccidentLosses, income, _accidentCmp, _accidentRatio))
            {
                category = HardshipCategory.AccidentInduced;
            }
        }

        return new ScreeningResult(category, net, relativeNet, divisor);
    }

    /// <summary>Screens many households into a caller's buffer; result i is household i. Allocates nothing.</summary>
    /// <param name="households">The households.</param>
    /// <param name="results">Where the results go; at least as long as <paramref name="households"/>.</param>
    public void Screen(ReadOnlySpan<HouseholdSnapshot> households, Span<ScreeningResult> results)
    {
        if (results.Length < households.Length)
        {
            throw new ArgumentException("The result buffer is shorter than the households.", nameof(results));
        }

        for (int i = 0; i < households.Length; i++)
        {
            results[i] = Screen(in households[i]);
        }
    }

    /// <summary>Counts households by category (index = <see cref="HardshipCategory"/> value; the last slot counts those not assessed). Allocates nothing.</summary>
    /// <param name="households">The households.</param>
    /// <param name="counts">Five counters: none, accident, relative, deep, not assessed; added to.</param>
    public void Count(ReadOnlySpan<HouseholdSnapshot> households, Span<long> counts)
    {
        if (counts.Length < 5)
        {
            throw new ArgumentException("Five counters are needed.", nameof(counts));
        }

        for (int i = 0; i < households.Length; i++)
        {
            ScreeningResult r = Screen(in households[i]);
            counts[r.IsAssessed ? (int)r.Category : 4]++;
        }
    }

    /// <summary>Screens one application (builds its snapshot, then screens it).</summary>
    /// <param name="application">The application.</param>
    /// <returns>The result.</returns>
    public ScreeningResult Screen(HardshipApplication application) => Screen(Snapshot(application));

    /// <summary>Screens a stream of applications, in order.</summary>
    /// <param name="applications">The applications.</param>
    /// <returns>The results, lazily.</returns>
    public IEnumerable<ScreeningResult> ScreenMany(IEnumerable<HardshipApplication> applications)
    {
        ArgumentNullException.ThrowIfNull(applications);
        return Iterate(applications);
    }

    /// <summary>Screens an asynchronous stream of applications, in order.</summary>
    /// <param name="applications">The applications.</param>
    /// <param name="cancellationToken">Stops the stream.</param>
    /// <returns>The results.</returns>
    public async IAsyncEnumerable<ScreeningResult> ScreenManyAsync(IAsyncEnumerable<HardshipApplication> applications, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(applications);
        await foreach (HardshipApplication a in applications.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return Screen(a);
        }
    }

    /// <summary>
    /// Builds the compact form of an application with this screener's window, working age, and exclusion thresholds. Reads
    /// the application's lists without allocating.
    /// </summary>
    /// <param name="application">The application.</param>
    /// <returns>The snapshot.</returns>
    public HouseholdSnapshot Snapshot(HardshipApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        LocalDate day = application.ApplicationDate;
        (LocalDate start, LocalDate end) = HardshipMath.Window(day, _months);
        decimal counted = 0m;
        foreach (IncomeRecord r in application.Incomes)
        {
            if (HardshipMath.InWindow(r.Received, start, end) && HardshipMath.IsCounted(r.Category, _countedIncome))
            {
                counted += r.Amount.Yuan;
            }
        }

        Span<decimal> costs = stackalloc decimal[6];
        foreach (RigidExpenditure e in application.Expenditures)
        {
            if (HardshipMath.InWindow(e.Paid, start, end) && HardshipMath.IsDeductible(e))
            {
                costs[(int)e.Category] += e.Amount.Yuan;
            }
        }

        int imputable = 0;
        if (_hasAges)
        {
            foreach (HouseholdMember m in application.Members)
            {
                if (HardshipMath.IsImputable(m, day, _ageFrom, _ageUntil))
                {
                    imputable++;
                }
            }
        }

        HouseholdCircumstances circumstances = HardshipMath.Circumstances(application, 0m, 0m, 0m);
        return new HouseholdSnapshot(
            counted,
            costs[0],
            costs[1],
            costs[2],
            costs[3],
            costs[4],
            costs[5],
            AccidentInducedHardshipRule.NetLosses(application, start, end),
            application.Members.Count,
            imputable,
            Membership(application),
            circumstances,
            Exclusions(application));
    }

    private MembershipState Membership(HardshipApplication app)
    {
        Applicant a = app.Applicant;
        bool ok = a.UnionMember;
        bool known = true;
        if (a.MigrantWorker)
        {
            ok &= a.LivesInCity != false;
            known &= a.LivesInCity is not null;
            if (a.EmploymentStart is null || _minEmploymentYears is null)
            {
                known = false;
            }
            else
            {
                ok &= _employmentCmp.Holds(HardshipMath.Age(a.EmploymentStart.Value, app.ApplicationDate), _minEmploymentYears.Value);
            }
        }

        return !ok ? MembershipState.NotEligible : known ? MembershipState.Eligible : MembershipState.Unknown;
    }

    private HardshipExclusions Exclusions(HardshipApplication app)
    {
        HouseholdAssets assets = app.Assets;
        var hit = HardshipExclusions.None;
        if (_feeRatio is { } feeRatio)
        {
            foreach (PrivateSchooling s in assets.PrivateSchools)
            {
                if (_feeCmp.Holds(s.Fee.Yuan, s.PublicFee.Yuan * feeRatio))
                {
                    hit |= HardshipExclusions.PrivateSchool;
                }
            }
        }

        if (assets.StudyAbroadSelfFunded)
        {
            hit |= HardshipExclusions.StudyAbroad;
        }

        foreach (Shareholding s in assets.Shareholdings)
        {
            if (s.Controlling)
            {
                hit |= HardshipExclusions.ControllingShareholder;
            }
        }

        if (assets.Homes.Count > 0 && _minHomes is { } minHomes && _areaLimit is { } areaLimit && _homesCmp.Holds(assets.Homes.Count, minHomes)
            && _areaCmp.Holds(NoExclusionAppliesRule.TotalArea(assets) / Math.Max(1, app.Members.Count), areaLimit))
        {
            hit |= HardshipExclusions.Homes;
        }

        foreach (Vehicle v in assets.Vehicles)
        {
            if (!v.MobilityAid)
            {
                hit |= HardshipExclusions.Vehicle;
            }
        }

        foreach (Business b in assets.Businesses)
        {
            if (b.Employees > 0)
            {
                hit |= HardshipExclusions.BusinessEmployer;
            }
        }

        if (app.Conduct.RefusesCooperation || app.Conduct.ConcealsIncome || app.Conduct.FalseMaterial)
        {
            hit |= HardshipExclusions.NonCooperation;
        }

        if (_hasAges)
        {
            foreach (HouseholdMember m in app.Members)
            {
                if (m.RefusesWork && m.AbleToWork && HardshipMath.OfWorkingAge(m, app.ApplicationDate, _ageFrom, _ageUntil))
                {
                    hit |= HardshipExclusions.RefusesWork;
                }
            }
        }

        return hit;
    }

    private IEnumerable<ScreeningResult> Iterate(IEnumerable<HardshipApplication> applications)
    {
        foreach (HardshipApplication a in applications)
        {
            yield return Screen(a);
        }
    }
}

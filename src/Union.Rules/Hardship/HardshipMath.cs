using NodaTime;
using Union.Domain.Common;
using Union.Domain.Hardship;

namespace Union.Rules.Hardship;

/// <summary>
/// The arithmetic and classifications shared by the rules (full assessment) and by <see cref="HardshipScreener"/> (screening),
/// so that both reach the same decision from the same numbers.
/// </summary>
internal static class HardshipMath
{
    /// <summary>Rounds an amount to the fen, half away from zero, as findings, outputs and reports give per-head incomes, limits and gaps.</summary>
    internal static decimal RoundToFen(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>Whether a day falls in the window (both ends inclusive).</summary>
    internal static bool InWindow(LocalDate day, LocalDate start, LocalDate end) => day >= start && day <= end;

    /// <summary>The window: the <paramref name="months"/> months before the application date, the application date excluded.</summary>
    internal static (LocalDate Start, LocalDate End) Window(LocalDate applicationDate, int months) =>
        (applicationDate.PlusMonths(-months), applicationDate.PlusDays(-1));

    /// <summary>The JSON names of <see cref="IncomeCategory"/>, by value (the names the parameter lists use).</summary>
    internal static readonly string[] IncomeNames =
    [
        "wages", "business", "property", "pension", "benefit", "maintenance", "compensation", "unionAid", "otherTransfer", "other", "residentsBasicPension", "holidayGift",
    ];

    /// <summary>The JSON names of <see cref="ExpenditureCategory"/>, by value.</summary>
    internal static readonly string[] ExpenditureNames = ["medical", "disability", "education", "housing", "longTermCare", "jobCosts"];

    /// <summary>The JSON names of <see cref="HardshipCategory"/>, by value (<c>none</c> is never barred).</summary>
    internal static readonly string[] CategoryNames = ["none", "accidentInduced", "relative", "deep"];

    /// <summary>
    /// Reads a list of names into a bit mask (bit i for the name at index i of <paramref name="known"/>); false with the first
    /// unknown name when one is not known. Names are matched exactly (the JSON names).
    /// </summary>
    internal static bool TryMask(IReadOnlyList<string> names, string[] known, out int mask, out string? unknown)
    {
        mask = 0;
        unknown = null;
        foreach (string name in names)
        {
            int i = Array.IndexOf(known, name);
            if (i < 0)
            {
                unknown = name;
                return false;
            }

            mask |= 1 << i;
        }

        return true;
    }

    /// <summary>Whether an income category counts as household income (HD-INCOME): its bit is in the counted mask.</summary>
    internal static bool IsCounted(IncomeCategory category, int countedMask) => (countedMask & (1 << (int)category)) != 0;

    /// <summary>
    /// The rigid expenditure a test deducts: the sum of the (capped) category totals whose bit is in <paramref name="mask"/>.
    /// </summary>
    /// <remarks>The sum 0 + medical + disability + … in that order, each term 0 when its bit is not set; a term that is 0 (in every
    /// bit) is skipped, which leaves the sum the same to the last bit (see <see cref="Plus"/>).</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static decimal Deducted(int mask, decimal medical, decimal disability, decimal education, decimal housing, decimal longTermCare, decimal jobCosts)
    {
        decimal sum = 0m;
        if ((mask & (1 << (int)ExpenditureCategory.Medical)) != 0)
        {
            sum = Plus(sum, medical);
        }

        if ((mask & (1 << (int)ExpenditureCategory.Disability)) != 0)
        {
            sum = Plus(sum, disability);
        }

        if ((mask & (1 << (int)ExpenditureCategory.Education)) != 0)
        {
            sum = Plus(sum, education);
        }

        if ((mask & (1 << (int)ExpenditureCategory.Housing)) != 0)
        {
            sum = Plus(sum, housing);
        }

        if ((mask & (1 << (int)ExpenditureCategory.LongTermCare)) != 0)
        {
            sum = Plus(sum, longTermCare);
        }

        if ((mask & (1 << (int)ExpenditureCategory.JobCosts)) != 0)
        {
            sum = Plus(sum, jobCosts);
        }

        return sum;
    }

    /// <summary>
    /// a + b, skipping the addition when b is the plain zero (0m: every bit 0) and a is not negative: a + 0m is then a itself,
    /// the same value, scale and sign, so the result is the same to the last bit either way.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static decimal Plus(decimal a, decimal b) => IsPlainZero(b) && !decimal.IsNegative(a) ? a : a + b;

    /// <summary>a − b, skipping the subtraction when b is the plain zero and a is not negative (a − 0m is a itself).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static decimal Minus(decimal a, decimal b) => IsPlainZero(b) && !decimal.IsNegative(a) ? a : a - b;

    /// <summary>Whether d &gt; 0 (the same as <c>d &gt; 0m</c>, read from the sign and the digits without a comparison call).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsPositive(decimal d) => !decimal.IsNegative(d) && !IsZero(d);

    private static bool IsZero<T>(T value)
        where T : System.Numerics.INumberBase<T> => T.IsZero(value);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsPlainZero(decimal d) => System.Runtime.CompilerServices.Unsafe.As<decimal, Int128>(ref d) == Int128.Zero;

    /// <summary>Whether a rigid expenditure is deductible by its category: compulsory education and education of unknown level are not.</summary>
    internal static bool IsDeductible(RigidExpenditure e) =>
        e.Category != ExpenditureCategory.Education || (e.EducationLevel is { } level && level != StudyLevel.None && !level.IsCompulsory());

    /// <summary>Age in whole years on a day.</summary>
    /// <remarks>The count of NodaTime's <c>Period.Between</c> in years (the largest n with birth + n years ≤ on; a 29 February
    /// birthday is reached on 28 February in a common year), without allocating a <c>Period</c>.</remarks>
    internal static int Age(LocalDate birth, LocalDate on)
    {
        if (birth > on)
        {
            return 0;
        }

        int years = on.Year - birth.Year;
        return birth.PlusYears(years) > on ? years - 1 : years;
    }

    /// <summary>Whether a member is of working age on a day: from <paramref name="from"/> (inclusive) to <paramref name="until"/> (exclusive).</summary>
    internal static bool OfWorkingAge(HouseholdMember m, LocalDate on, int from, int until)
    {
        int age = Age(m.BirthDate, on);
        return age >= from && age < until;
    }

    /// <summary>Whether a member is imputed the minimum wage (HD-IMPUTED): working age, able, not studying, not employed, income not proven.</summary>
    internal static bool IsImputable(HouseholdMember m, LocalDate on, int from, int until) =>
        m.AbleToWork && m.Studying == StudyLevel.None && !m.Employed && !m.IncomeProven && OfWorkingAge(m, on, from, until);

    /// <summary>The deep-hardship circumstances (HD-DEEP): on 低保 with illness, schooling or disability costs; laid off in a closure; serious illness or disability.</summary>
    internal static HouseholdCircumstances Circumstances(HardshipApplication app, decimal medical, decimal disability, decimal education)
    {
        var c = HouseholdCircumstances.None;
        if (app.OnSubsistenceAllowance)
        {
            c |= HouseholdCircumstances.OnSubsistenceAllowance;
        }

        if (medical > 0m || disability > 0m || education > 0m)
        {
            c |= HouseholdCircumstances.IllnessSchoolingOrDisabilityCosts;
        }

        for (int k = 0; k < app.Members.Count; k++)
        {
            HouseholdMember m = app.Members[k];
            if (m.LaidOffInClosure)
            {
                c |= HouseholdCircumstances.LaidOffInClosure;
            }

            if (m.SeriousIllness || m.DisabilityGrade is not null)
            {
                c |= HouseholdCircumstances.SeriousIllnessOrDisability;
            }

            if (m.Relationship == Relationship.Child && m.Studying != StudyLevel.None)
            {
                c |= HouseholdCircumstances.ChildInSchool;
            }
        }

        return c;
    }

    /// <summary>Whether the circumstances qualify for deep hardship (any of the three sub-cases).</summary>
    internal static bool DeepCircumstance(HouseholdCircumstances c) =>
        (c & (HouseholdCircumstances.OnSubsistenceAllowance | HouseholdCircumstances.IllnessSchoolingOrDisabilityCosts)) == (HouseholdCircumstances.OnSubsistenceAllowance | HouseholdCircumstances.IllnessSchoolingOrDisabilityCosts)
        || (c & (HouseholdCircumstances.LaidOffInClosure | HouseholdCircumstances.SeriousIllnessOrDisability)) != 0;

    /// <summary>Whether the circumstances qualify for relative hardship: illness, disability or children in school.</summary>
    internal static bool RelativeCircumstance(HouseholdCircumstances c) =>
        (c & (HouseholdCircumstances.SeriousIllnessOrDisability | HouseholdCircumstances.ChildInSchool | HouseholdCircumstances.IllnessSchoolingOrDisabilityCosts)) != 0;

    /// <summary>The per-head monthly income: net ÷ household size ÷ months (exact decimal; rounded only for display).</summary>
    internal static decimal PerHead(decimal net, int size, int months) => PerHead(net, size * months);

    /// <summary>The per-head monthly income with the divisor (household size × months) already multiplied out.</summary>
    internal static decimal PerHead(decimal net, int divisor) => net / divisor;

    /// <summary>The limit of an income test: multiplier × 低保.</summary>
    internal static decimal Limit(decimal multiplier, decimal subsistence) => multiplier * subsistence;

    /// <summary>The share of the year's net accident losses in the annual income, or <see langword="null"/> when there is no income.</summary>
    internal static decimal? AccidentShare(decimal losses, decimal annualIncome) => annualIncome > 0m ? losses / annualIncome : null;

    /// <summary>Whether the accident test holds: losses over the ratio of income (any loss when there is no income).</summary>
    internal static bool AccidentHolds(decimal losses, decimal annualIncome, Comparison cmp, decimal ratio) =>
        AccidentShare(losses, annualIncome) is { } share ? cmp.Holds(share, ratio) : losses > 0m;

    /// <summary>
    /// The decision: the most severe category whose test and circumstance hold and that no exclusion bars; none when the
    /// applicant is not eligible. A household barred from 深度困难 only (the template) may still be 相对困难 or 意外致困.
    /// </summary>
    internal static HardshipCategory Decide(bool eligible, bool deepBarred, bool relativeBarred, bool accidentBarred, bool deep, bool relative, bool accident) =>
        !eligible ? HardshipCategory.None
        : deep && !deepBarred ? HardshipCategory.Deep
        : relative && !relativeBarred ? HardshipCategory.Relative
        : accident && !accidentBarred ? HardshipCategory.AccidentInduced
        : HardshipCategory.None;
}

using NodaTime;
using Union.Rules.Calendar;

namespace Union.Rules.Tests.Calendar;

/// <summary>
/// <see cref="LegalDeadline"/> as a value: two deadlines are the same only when every property agrees (a deadline that moved
/// for a holiday is not one that did not, 民法典 第二百零三条), and its text says why the last day is where it is.
/// </summary>
public sealed class LegalDeadlineTests
{
    private static readonly HolidayRange NationalDay = HolidayRange.Create(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 7), "国庆节");

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    /// <summary>2026-09-23 + 10 days: 10-03 falls in 国庆节 and moves to 10-08.</summary>
    private static LegalDeadline Base(
        LocalDate? eventDate = null,
        Period? length = null,
        LocalDate? nominalEnd = null,
        LocalDate? end = null,
        bool weekendMovesEnd = true,
        DeadlineMoveReason reason = DeadlineMoveReason.Holiday,
        HolidayRange? holiday = null,
        string? source = "国办发明电〔2025〕7号") =>
        new(eventDate ?? D(2026, 9, 23), length ?? Period.FromDays(10), nominalEnd ?? D(2026, 10, 3), end ?? D(2026, 10, 8), weekendMovesEnd, reason, holiday ?? NationalDay, source);

    [Fact]
    public void The_deadline_counted_equals_one_built_with_the_same_properties()
    {
        LegalDeadline counted = LegalPeriods.DeadlineAfter(D(2026, 9, 23), LegalPeriod.Days(10), HolidayCalendar.Embedded).Deadline!;
        LegalDeadline built = Base(source: counted.HolidaySource);
        Assert.Equal(built, counted);
        Assert.True(built.Equals(counted));
        Assert.Equal(built.GetHashCode(), counted.GetHashCode());
        Assert.False(built.Equals(null));
    }

    public static TheoryData<string> Fields() => new()
    {
        "eventDate", "length", "nominalEnd", "end", "weekendMovesEnd", "reason", "holiday", "holidaySource", "noHolidaySource",
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Two_deadlines_differing_in_one_property_only_are_not_equal(string field)
    {
        LegalDeadline other = field switch
        {
            "eventDate" => Base(eventDate: D(2026, 9, 22)),
            "length" => Base(length: Period.FromWeeks(1) + Period.FromDays(3)),   // the same 10 days, said otherwise
            "nominalEnd" => Base(nominalEnd: D(2026, 10, 4)),
            "end" => Base(end: D(2026, 10, 9)),
            "weekendMovesEnd" => Base(weekendMovesEnd: false),
            "reason" => Base(reason: DeadlineMoveReason.Weekend),
            "holiday" => Base(holiday: HolidayRange.Create(D(2026, 10, 1), D(2026, 10, 8), "国庆节")),
            "holidaySource" => Base(source: "国办发明电〔2024〕12号"),
            "noHolidaySource" => Base(source: null),
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        Assert.NotEqual(Base(), other);
        Assert.False(Base().Equals(other), field);
        Assert.False(other.Equals(Base()), field);
        Assert.True(other.Equals(other), field);
    }

    [Fact]
    public void Working_day_deadlines_differing_only_in_the_unit_counted_or_a_list_are_not_equal()
    {
        IReadOnlyList<HolidayRange> skipped = [NationalDay];
        IReadOnlyList<LocalDate> swapped = [D(2026, 9, 20)];
        LegalDeadline Of(LegalPeriod period, IReadOnlyList<HolidayRange> holidays, IReadOnlyList<LocalDate> swappedDays) =>
            LegalDeadline.InWorkingDaysOf(D(2026, 9, 18), period, D(2026, 10, 9), true, holidays, swappedDays);

        LegalDeadline same = Of(LegalPeriod.WorkingDays(10), skipped, swapped);
        Assert.Equal(same, Of(LegalPeriod.WorkingDays(10), [NationalDay], [D(2026, 9, 20)]));
        Assert.NotEqual(same, Of(LegalPeriod.Days(10), skipped, swapped));
        Assert.NotEqual(same, Of(LegalPeriod.WorkingDays(10), [], swapped));
        Assert.NotEqual(same, Of(LegalPeriod.WorkingDays(10), skipped, [D(2026, 9, 27)]));
        Assert.NotEqual(same, Of(LegalPeriod.WorkingDays(10), skipped, []));
        Assert.NotEqual(same, Of(LegalPeriod.WorkingDays(9), skipped, swapped));   // the unit counted and the rest days skipped
    }

    [Fact]
    public void Deadlines_differing_in_one_hashed_property_hash_differently()
    {
        // HashCode is seeded per process, so two different values collide with a chance of about one in four billion.
        IReadOnlyList<HolidayRange> skipped = [NationalDay];
        IReadOnlyList<LocalDate> swapped = [D(2026, 9, 20)];
        LegalDeadline Of(LegalPeriod period, IReadOnlyList<HolidayRange> holidays, IReadOnlyList<LocalDate> swappedDays) =>
            LegalDeadline.InWorkingDaysOf(D(2026, 9, 18), period, D(2026, 10, 9), true, holidays, swappedDays);

        int hash = Base().GetHashCode();
        Assert.NotEqual(hash, Base(eventDate: D(2026, 9, 22)).GetHashCode());
        Assert.NotEqual(hash, Base(length: Period.FromWeeks(1) + Period.FromDays(3)).GetHashCode());
        Assert.NotEqual(hash, Base(end: D(2026, 10, 9)).GetHashCode());
        Assert.NotEqual(hash, Base(reason: DeadlineMoveReason.Weekend).GetHashCode());

        int working = Of(LegalPeriod.WorkingDays(10), skipped, swapped).GetHashCode();
        Assert.Equal(working, Of(LegalPeriod.WorkingDays(10), [NationalDay], [D(2026, 9, 20)]).GetHashCode());
        Assert.NotEqual(working, Of(LegalPeriod.Days(10), skipped, swapped).GetHashCode());
        Assert.NotEqual(working, Of(LegalPeriod.WorkingDays(10), [], swapped).GetHashCode());
        Assert.NotEqual(working, Of(LegalPeriod.WorkingDays(10), skipped, []).GetHashCode());
    }

    [Fact]
    public void A_deadline_counted_in_working_days_records_its_length_and_the_rest_days_skipped()
    {
        // 10 working days from Friday 2025-09-26 end on Thursday 2025-10-16: 20 calendar days, 10 of them not counted.
        LegalDeadline d = LegalPeriods.DeadlineAfter(D(2025, 9, 26), LegalPeriod.WorkingDays(10), HolidayCalendar.Embedded, weekendMovesEnd: false).Deadline!;
        Assert.Equal(Period.FromDays(20), d.Length);
        Assert.Equal(D(2025, 10, 16), d.NominalEnd);
        Assert.Equal(D(2025, 10, 16), d.End);
        Assert.Equal(10, d.RestDaysSkipped);
        Assert.False(d.WeekendMovesEnd);
        Assert.Equal(DeadlineMoveReason.None, d.Reason);
        Assert.Null(d.Holiday);
        Assert.Null(d.HolidaySource);
        Assert.False(d.Moved);
        Assert.Equal(0, d.DaysMoved);
    }

    [Fact]
    public void The_text_of_a_deadline_says_where_it_ended_and_why()
    {
        Assert.Equal("2026-09-23 + P10D: 2026-10-03 → 2026-10-08 (国庆节)", Base().ToString());
        Assert.Equal(
            "2026-02-25 + P10D: 2026-03-07 → 2026-03-09 (weekend)",
            LegalPeriods.DeadlineAfter(D(2026, 2, 25), LegalPeriod.Days(10), HolidayCalendar.Embedded).Deadline!.ToString());
        Assert.Equal(
            "2026-03-02 + P10D: 2026-03-12",
            LegalPeriods.DeadlineAfter(D(2026, 3, 2), LegalPeriod.Days(10), HolidayCalendar.Embedded).Deadline!.ToString());
    }

    [Fact]
    public void The_text_of_a_working_day_deadline_names_the_holidays_not_counted_once_and_the_swapped_days_counted()
    {
        Assert.Equal(
            "2025-09-26 + 10 workingDays: 2025-10-16 (not counted: 国庆节、中秋节; swapped working days counted: 2025-09-28, 2025-10-11)",
            LegalPeriods.DeadlineAfter(D(2025, 9, 26), LegalPeriod.WorkingDays(10), HolidayCalendar.Embedded).Deadline!.ToString());

        // 中秋节 (09-25 to 09-27) and 国庆节 (10-01 to 10-07) of 2026: two ranges, each named once, in the order met.
        LegalDeadline twoHolidays = LegalPeriods.DeadlineAfter(D(2026, 9, 24), LegalPeriod.WorkingDays(5), HolidayCalendar.Embedded).Deadline!;
        Assert.Equal(["中秋节", "国庆节"], twoHolidays.HolidaysSkipped.Select(h => h.Name));
        Assert.Empty(twoHolidays.SwappedWorkingDaysCounted);
        Assert.Equal("2026-09-24 + 5 workingDays: 2026-10-09 (not counted: 中秋节, 国庆节)", twoHolidays.ToString());

        // Two ranges with one name (a fictitious 2030): the name is given once.
        HolidayCalendar split = HolidayCalendar.Create([HolidayYear.Create(
            2030,
            "test data, not a State Council notice",
            [HolidayRange.Create(D(2030, 10, 1), D(2030, 10, 2), "国庆节"), HolidayRange.Create(D(2030, 10, 4), D(2030, 10, 7), "国庆节")],
            [],
            [D(2030, 10, 1)])]);
        LegalDeadline twoRanges = LegalPeriods.DeadlineAfter(D(2030, 9, 30), LegalPeriod.WorkingDays(2), split).Deadline!;
        Assert.Equal(2, twoRanges.HolidaysSkipped.Count);
        Assert.Equal(D(2030, 10, 8), twoRanges.End);
        Assert.Equal("2030-09-30 + 2 workingDays: 2030-10-08 (not counted: 国庆节)", twoRanges.ToString());
        Assert.Equal(
            "2026-09-18 + 2 workingDays: 2026-09-21 (swapped working days counted: 2026-09-20)",
            LegalPeriods.DeadlineAfter(D(2026, 9, 18), LegalPeriod.WorkingDays(2), HolidayCalendar.Embedded).Deadline!.ToString());   // Sunday 09-20 is worked
        Assert.Equal(
            "2026-03-02 + 2 workingDays: 2026-03-04",
            LegalPeriods.DeadlineAfter(D(2026, 3, 2), LegalPeriod.WorkingDays(2), HolidayCalendar.Embedded).Deadline!.ToString());
    }
}

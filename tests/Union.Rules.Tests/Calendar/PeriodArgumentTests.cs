using NodaTime;
using Union.Domain.Validation;
using Union.Rules.Calendar;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Calendar;

/// <summary>
/// What the counting members refuse and what they default to: a length that is zero, negative in one part only or carries
/// hours (第二百零一条 第二款 periods in hours are not counted here); a period of no unit; a reversed holiday range; the
/// weekend setting of a profile that sets none (民法典 第二百零三条 read with the courts' practice: a weekend moves the last day).
/// </summary>
public sealed class PeriodArgumentTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    public static TheoryData<string> NotLengths() => new() { "P0D", "P-1M", "P-1W", "P1Y-1D", "P1DT1H", "PT24H" };

    [Theory]
    [MemberData(nameof(NotLengths))]
    public void A_length_that_is_zero_negative_in_one_part_or_has_hours_is_refused_by_every_member(string text)
    {
        Period length = NodaTime.Text.PeriodPattern.Roundtrip.Parse(text).Value;

        Assert.Throws<ArgumentException>(() => LegalPeriods.NominalEnd(D(2026, 3, 2), length));
        Assert.Throws<ArgumentException>(() => LegalPeriods.TermEnd(D(2026, 3, 2), length));
        Assert.Throws<ArgumentException>(() => LegalPeriods.DeadlineAfter(D(2026, 3, 2), length, HolidayCalendar.Embedded));
    }

    [Fact]
    public void A_length_of_one_day_and_one_month_alone_are_lengths()
    {
        Assert.Equal(D(2026, 3, 3), LegalPeriods.NominalEnd(D(2026, 3, 2), Period.FromDays(1)));
        Assert.Equal(D(2026, 4, 2), LegalPeriods.NominalEnd(D(2026, 3, 2), Period.FromMonths(1)));
        Assert.Equal(D(2026, 3, 9), LegalPeriods.NominalEnd(D(2026, 3, 2), Period.FromWeeks(1)));
    }

    [Fact]
    public void A_window_of_no_unit_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalPeriods.WindowOpens(D(2026, 12, 31), default(LegalPeriod), HolidayCalendar.Embedded));
        Assert.Throws<ArgumentOutOfRangeException>(() => LegalPeriods.WindowOpens(D(2026, 12, 31), default(LegalPeriod)));
    }

    [Fact]
    public void A_calendar_period_has_a_single_unit_only_when_exactly_one_part_is_positive()
    {
        Assert.Null(LegalPeriod.FromPeriod(Period.Zero));
        Assert.Null(LegalPeriod.FromPeriod(Period.FromDays(-1)));
        Assert.Null(LegalPeriod.FromPeriod(Period.FromMonths(-1)));
        Assert.Null(LegalPeriod.FromPeriod(Period.FromYears(-1)));
        Assert.Null(LegalPeriod.FromPeriod(Period.FromYears(1) + Period.FromDays(1)));
        Assert.Equal(LegalPeriod.Days(int.MaxValue), LegalPeriod.FromPeriod(Period.FromDays(int.MaxValue)));
        Assert.Null(LegalPeriod.FromPeriod(Period.FromWeeks(1) + Period.FromDays(int.MaxValue)));   // more days than a count holds
        Assert.Equal(LegalPeriod.Days(1), LegalPeriod.FromPeriod(Period.FromDays(1)));
        Assert.Equal(LegalPeriod.Months(1), LegalPeriod.FromPeriod(Period.FromMonths(1)));
        Assert.Equal(LegalPeriod.Years(1), LegalPeriod.FromPeriod(Period.FromYears(1)));
    }

    [Fact]
    public void A_range_ending_before_it_starts_is_refused_naming_its_last_day()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => HolidayRange.Create(D(2026, 5, 5), D(2026, 5, 4), "劳动节"));
        Assert.Equal("to", ex.ParamName);
        Assert.Equal(1, HolidayRange.Create(D(2026, 5, 5), D(2026, 5, 5), "劳动节").Length);
    }

    [Fact]
    public void A_missing_year_exception_made_without_a_year_names_none()
    {
        var generic = new HolidayDataMissingException();
        Assert.Equal("The holiday calendar has no data for the year asked.", generic.Message);
        Assert.Null(generic.Year);
        Assert.Null(new HolidayDataMissingException("no 2027").Year);
        Assert.Equal(2027, new HolidayDataMissingException(2027).Year);
    }

    private const string StrictLayer = """
        { "parameters": { "calendar.weekendMovesDeadline": { "description": "期间最后一日为普通周末时不顺延（测试）", "descriptionEn": "A weekend does not move a last day (test)", "unit": "boolean",
          "values": [ { "from": "2026-01-01", "value": false, "source": "test figure" } ] } } }
        """;

    [Fact]
    public void A_weekend_moves_a_last_day_unless_the_profile_says_otherwise_on_that_date()
    {
        // The national setting is in force from 2021-01-01; before it nothing is set, and a weekend moves the last day.
        Assert.True(CalendarParameters.WeekendMoves(JurisdictionProfile.National, D(2020, 12, 31)));
        Assert.True(CalendarParameters.WeekendMoves(JurisdictionProfile.National, D(2021, 1, 1)));

        DocumentResult<ParameterLayer> layer = ParameterLayer.Parse(StrictLayer, "strict.json");
        Assert.True(layer.IsValid, string.Join("; ", layer.Issues));
        JurisdictionProfile strict = JurisdictionProfile.National.WithLayers(layer.Value!);
        Assert.True(CalendarParameters.WeekendMoves(strict, D(2025, 12, 31)));
        Assert.False(CalendarParameters.WeekendMoves(strict, D(2026, 1, 1)));
    }
}

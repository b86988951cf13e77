using Union.Rules.Engine;
using static Union.Rules.Tests.Regions.RegionReadings;

namespace Union.Rules.Tests.Regions;

/// <summary>
/// The regional texts read through the profiles: every value each text sets (<see cref="RegionalTexts"/>), and the thresholds,
/// group triggers, delegate tiers and inherited values judged on the line and one past it.
/// </summary>
public sealed class RegionalTextTests
{
    public static TheoryData<string, string> Values()
    {
        TheoryData<string, string> rows = [];
        foreach (RegionalText text in RegionalTexts.All)
        {
            foreach (TextValue value in text.Values)
            {
                rows.Add(text.InstrumentId, value.Name);
            }
        }

        return rows;
    }

    /// <summary>A share of a whole against a ratio threshold, judged today by the threshold's counting word (以上 at least, 超过 more than, 以下 at most).</summary>
    public static TheoryData<string, string, long, long, bool> Shares => new()
    {
        { "500000", "cc.negotiators.femaleRepresentationThreshold", 20, 100, true },
        { "500000", "cc.negotiators.femaleRepresentationThreshold", 19, 100, false },
        { "500000", "cc.negotiators.dispatchedRepresentationThreshold", 5, 100, false },
        { "500000", "cc.negotiators.dispatchedRepresentationThreshold", 6, 100, true },
        { "410000", "wn.negotiators.femaleRepresentationThreshold", 10, 100, true },
        { "410000", "wn.negotiators.femaleRepresentationThreshold", 9, 100, false },
        { "310000", "cc.mandatoryTalks.layoffRatio", 19, 190, true },
        { "310000", "cc.mandatoryTalks.layoffRatio", 19, 191, false },
        { "370000", "wn.negotiators.frontlineMinRatio", 2, 6, true },
        { "370000", "wn.negotiators.frontlineMinRatio", 1, 6, false },
        { "430000", "wn.request.smallEnterpriseTriggerRatio", 10, 30, true },
        { "430000", "wn.request.smallEnterpriseTriggerRatio", 9, 30, false },
        { "430000", "wn.request.employeeTriggerRatio", 20, 100, true },
        { "430000", "wn.request.employeeTriggerRatio", 19, 100, false },
        { "430000", "wn.request.delegateTriggerRatio", 15, 30, true },
        { "430000", "wn.request.delegateTriggerRatio", 14, 30, false },
        { "430000", "wn.negotiators.frontlineMinRatio", 3, 6, true },
        { "430000", "wn.negotiators.frontlineMinRatio", 2, 6, false },
        { "430000", "wn.workQuota.achievableShare", 80, 100, true },
        { "430000", "wn.workQuota.achievableShare", 79, 100, false },
        { "360000", "wn.workQuota.achievableShare", 90, 100, true },
        { "360000", "wn.workQuota.achievableShare", 89, 100, false },
        { "360000", "wn.negotiators.electionRatio", 50, 100, true },
        { "360000", "wn.negotiators.electionRatio", 49, 100, false },
        { "520000", "wn.request.employeeTriggerRatio", 10, 30, true },
        { "520000", "wn.request.employeeTriggerRatio", 9, 30, false },
        { "520000", "wn.approval.noCongressRatio", 15, 30, true },
        { "520000", "wn.approval.noCongressRatio", 14, 30, false },
        { "220000", "wn.advisers.maxRatio", 2, 6, true },
        { "220000", "wn.advisers.maxRatio", 2, 5, false },
        { "220000", "wn.approval.noCongressRatio", 15, 30, true },
        { "220000", "wn.approval.noCongressRatio", 14, 30, false },
        { "220000", "wn.workQuota.achievableShare", 90, 100, true },
        { "220000", "wn.workQuota.achievableShare", 89, 100, false },
        { "610000", "wn.approval.passRatio", 16, 30, true },
        { "610000", "wn.approval.passRatio", 15, 30, false },
        { "610000", "wn.approval.quorumRatio", 20, 30, true },
        { "610000", "wn.approval.quorumRatio", 19, 30, false },
        { "610000", "wn.negotiators.electionRatio", 51, 100, true },
        { "610000", "wn.negotiators.electionRatio", 50, 100, false },
        { "610000", "wn.negotiators.externalMaxRatio", 2, 6, true },
        { "610000", "wn.negotiators.externalMaxRatio", 3, 7, false },
        { "440300", "cc.negotiators.externalMaxRatio", 3, 9, true },
        { "440300", "cc.negotiators.externalMaxRatio", 4, 9, false },
        { "440300", "wn.negotiators.externalMaxRatio", 1, 3, true },
        { "440300", "wn.negotiators.externalMaxRatio", 2, 5, false },
        { "450000", "wn.approval.passRatio", 15, 30, true },
        { "450000", "wn.approval.passRatio", 14, 30, false },
        { "450000", "wn.approval.quorumRatio", 20, 30, true },
        { "450000", "wn.approval.quorumRatio", 19, 30, false },
        { "450000", "wn.negotiators.electionRatio", 51, 100, true },
        { "450000", "wn.negotiators.electionRatio", 50, 100, false },
        { "450000", "wn.request.smallEnterpriseTriggerRatio", 10, 30, true },
        { "450000", "wn.request.smallEnterpriseTriggerRatio", 9, 30, false },
        { "450000", "wn.request.employeeTriggerRatio", 60, 300, true },
        { "450000", "wn.request.employeeTriggerRatio", 59, 300, false },
        { "150000", "wn.approval.passRatio", 15, 30, true },
        { "150000", "wn.approval.passRatio", 14, 30, false },
        { "150000", "wn.approval.quorumRatio", 20, 30, true },
        { "150000", "wn.approval.quorumRatio", 19, 30, false },
        { "150000", "wn.workQuota.achievableShare", 80, 100, true },
        { "150000", "wn.workQuota.achievableShare", 79, 100, false },
    };

    /// <summary>A number against a number threshold, judged today by the threshold's counting word.</summary>
    public static TheoryData<string, string, decimal, bool> Limits => new()
    {
        { "110000", "cc.negotiators.maxPerSide", 10m, true },
        { "110000", "cc.negotiators.maxPerSide", 11m, false },
        { "110000", "cc.negotiators.minPerSide", 3m, true },
        { "110000", "cc.negotiators.minPerSide", 2m, false },
        { "110000", "cc.suspension.maxPeriod", 60m, true },
        { "110000", "cc.suspension.maxPeriod", 61m, false },
        { "330100", "wn.negotiators.maxPerSide", 9m, true },
        { "330100", "wn.negotiators.maxPerSide", 10m, false },
        { "330200", "wn.negotiators.maxPerSide", 10m, true },
        { "330200", "wn.negotiators.maxPerSide", 11m, false },
        { "330200", "wn.negotiators.minPerSideLargeEnterprise", 5m, true },
        { "330200", "wn.negotiators.minPerSideLargeEnterprise", 4m, false },
        { "410000", "cc.negotiators.maxPerSide", 10m, true },
        { "410000", "cc.negotiators.maxPerSide", 11m, false },
        { "310000", "cc.mandatoryTalks.layoffMin", 20m, true },
        { "310000", "cc.mandatoryTalks.layoffMin", 19m, false },
        { "370000", "wn.term.maxYears", 3m, true },
        { "370000", "wn.term.maxYears", 4m, false },
        { "370000", "wn.term.minYears", 0.5m, true },
    };

    /// <summary>A group's share of the employees: from the share a text names the group must have a negotiator.</summary>
    public static TheoryData<string, string, long, long, bool> GroupTriggers => new()
    {
        { "120000", "female", 10, 30, true },
        { "120000", "female", 9, 30, false },
        { "430000", "female", 10, 100, true },
        { "430000", "female", 9, 100, false },
        { "360000", "female", 10, 100, true },
        { "360000", "female", 9, 100, false },
        { "520000", "female", 10, 100, true },
        { "520000", "female", 9, 100, false },
        { "520000", "dispatched", 8, 100, true },
        { "520000", "dispatched", 7, 100, false },
        { "220000", "ethnicMinority", 8, 100, true },
        { "220000", "ethnicMinority", 7, 100, false },
        { "220000", "migrantWorker", 8, 100, true },
        { "220000", "dispatched", 7, 100, false },
        { "610000", "female", 8, 100, true },
        { "610000", "female", 7, 100, false },
        { "610000", "disabled", 8, 100, true },
        { "610000", "dispatched", 7, 100, false },
        { "450000", "female", 10, 100, true },
        { "450000", "disabled", 9, 100, false },
        { "150000", "female", 10, 100, true },
        { "150000", "disabled", 9, 100, false },
    };

    /// <summary>The fewest delegates a workers' congress has for a headcount, by the region's tiers.</summary>
    public static TheoryData<string, int, int> DelegateSeats => new()
    {
        { "310000", 99, 30 },
        { "310000", 100, 30 },
        { "310000", 199, 30 },
        { "310000", 200, 35 },
        { "310000", 1000, 75 },
        { "310000", 2999, 170 },
        { "310000", 3000, 175 },
        { "310000", 20000, 175 },
        { "330000", 99, 30 },
        { "330000", 100, 30 },
        { "330000", 101, 40 },
        { "330000", 199, 40 },
        { "330000", 200, 47 },
        { "330000", 999, 96 },
        { "330000", 1000, 100 },
        { "330000", 1001, 100 },
        { "330000", 1999, 100 },
        { "330000", 2000, 120 },
        { "330000", 4999, 160 },
        { "330000", 5000, 200 },
    };

    /// <summary>A value a region's text leaves to the province or the nation, and the layer that answers today.</summary>
    public static TheoryData<string, string, string, string> Inherited => new()
    {
        { "440300", "cc.filing.period", "10", "national" },
        { "440300", "wn.filing.period", "7", "national" },
        { "440300", "cc.approval.quorumRatio", "2/3", "national" },
        { "330100", "wn.term.minYears", "1", "330000" },
        { "330100", "wn.term.maxYears", "3", "330000" },
        { "330100", "wn.term.binding", "true", "330000" },
        { "330100", "cc.reply.period", "10", "330000" },
        { "330100", "cc.approval.passRatio", "1/2", "330000" },
        { "330100", "wc.pass.ratio", "1/2", "330000" },
        { "330200", "wn.approval.quorumRatio", "2/3", "330000" },
        { "330200", "wn.approval.passRatio", "1/2", "330000" },
        { "330200", "wn.wageFloor.comparison", "moreThan", "330000" },
        { "330200", "wn.term.usualYears", "1", "330000" },
        { "330200", "wn.term.binding", "true", "330000" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void The_text_sets_the_value_from_the_day_it_took_effect_and_the_day_before_the_earlier_value_applies(string text, string name)
    {
        RegionalText t = RegionalTexts.Text(text);
        AssertSets(t, Assert.Single(t.Values, v => v.Name == name));
    }

    [Theory]
    [MemberData(nameof(Shares))]
    public void A_share_on_the_line_is_judged_by_the_text_s_counting_word(string region, string name, long part, long whole, bool holds) =>
        Assert.Equal(holds, ShareHolds(region, name, part, whole));

    [Theory]
    [MemberData(nameof(Limits))]
    public void A_number_on_the_line_is_judged_by_the_text_s_counting_word(string region, string name, decimal value, bool holds) =>
        Assert.Equal(holds, LimitHolds(region, name, value));

    [Theory]
    [MemberData(nameof(GroupTriggers))]
    public void A_group_from_the_share_the_text_names_has_a_negotiator(string region, string group, long members, long employees, bool required) =>
        Assert.Equal(required, GroupTriggered(region, group, members, employees));

    [Theory]
    [MemberData(nameof(DelegateSeats))]
    public void Delegate_seats_follow_the_headcount_tiers(string region, int headcount, int fewest) =>
        Assert.Equal(fewest, MinimumDelegates(Read(region, "wc.delegates.minByHeadcount", Today), headcount));

    [Theory]
    [MemberData(nameof(Inherited))]
    public void What_the_text_does_not_set_comes_from_the_layer_above(string region, string name, string value, string layer)
    {
        ParameterReading r = Read(region, name, Today);
        Assert.Equal(value, r.Value.ToString());
        Assert.Equal(layer, r.Layer);
    }
}

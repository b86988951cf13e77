using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Hardship;

namespace Union.Rules.Tests.Hardship;

/// <summary>
/// The list a reused workspace keeps its near misses in: one evaluation adds at most three (deep, relative, accident), which is
/// its first capacity, so the legal cases never make it grow; these tests hold what it returns when it does, and after a clear.
/// </summary>
public sealed class NearMissListTests
{
    [Fact]
    public void More_near_misses_than_the_first_capacity_are_all_kept_in_order()
    {
        var list = new NearMissList();
        for (int i = 1; i <= 7; i++)
        {
            list.Add(HardshipCategory.Relative, "income", i, 2000m, Comparison.LessThan, i - 2000m);
        }

        Assert.Equal(7, list.Count);
        Assert.Equal([1m, 2m, 3m, 4m, 5m, 6m, 7m], list.Select(m => m.Value!.Value));
        Assert.Equal([1m, 2m, 3m, 4m, 5m, 6m, 7m], list.ToArray().Select(m => m.Value!.Value));
        Assert.Equal(new NearMiss(HardshipCategory.Relative, "income", 7m, 2000m, Comparison.LessThan, -1993m), list[6]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[7]);
    }

    [Fact]
    public void A_cleared_list_holds_nothing_and_is_filled_again_from_its_start()
    {
        var list = new NearMissList();
        list.Add(HardshipCategory.Deep, "income", 1200m, 1000m, Comparison.LessThan, 200m);
        list.Add(HardshipCategory.Relative, "circumstance", null, null, null, null);
        list.Clear();
        Assert.Empty(list);
        Assert.Empty(list.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => list[0]);

        list.Add(HardshipCategory.AccidentInduced, "losses", 70000m, 80000m, Comparison.MoreThan, 10000m);
        NearMiss only = Assert.Single(list);
        Assert.Equal(new NearMiss(HardshipCategory.AccidentInduced, "losses", 70000m, 80000m, Comparison.MoreThan, 10000m), only);
    }
}

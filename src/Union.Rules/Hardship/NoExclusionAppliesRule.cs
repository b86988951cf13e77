using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Hardship;

/// <summary>
/// HD-EXCLUDED (排除性条件): no exclusion applies: no child at a high-fee private school or self-funded abroad; no member a controlling
/// shareholder or actual controller; not two or more homes above the local per-head housing area; no motor vehicle other than
/// a mobility aid; no business employing others; the household cooperates; no able-bodied working-age member refuses work.
/// Each exclusion bars the categories its parameter lists (template, after 邢台: 深度困难 only).
/// </summary>
/// <remarks>
/// <para>邢台 2021: "子女在高收费私立学校就读或自费留学的"; "本人或家庭成员为公司控股股东和实际控制人"; "具有2套(含)以上住房且超过
/// 当地人均住房面积的"; "拥有、经常使用机动车辆(残疾、患病职工功能性补偿代步除外)的"; "拒绝配合调查、核查…"; "在就业年龄段内有劳动能力
/// 但尚未就业的人员，无正当理由拒绝就业的". 青岛: 高收费 is fees above 2 × those of the same-level public school. Older lists: "商业店铺或
/// 雇佣他人从事经营活动" (not in the quoted part of 邢台's list, which was read truncated; the template gives it 邢台's scope).</para>
/// <para>Interpretation: which categories each exclusion bars is read from <c>hd.exclusion.&lt;kind&gt;.bars</c> (a list of
/// <see cref="HardshipCategory"/> JSON names), only for the exclusions hit. The template follows 邢台, whose list bars
/// 深度困难: a household barred from 深度困难 may still be recognised as 相对困难 or 意外致困. 青岛 states its list as the
/// exclusions of "困难职工家庭认定及建档", barring every category; a region that follows it lists all three. The exclusions hit
/// are always reported (Violation); the categories they bar are reported after them. An exclusion whose list cannot be read
/// leaves the category not assessed. The housing test needs both parts: the number of homes (<c>hd.exclusion.minHomes</c>,
/// 以上) and the per-head area (total floor area ÷ household size) above <c>hd.exclusion.perCapitaHousingArea</c>, which has no
/// national value: when missing the test is reported not assessed and the household is not excluded on it.</para>
/// </remarks>
public sealed class NoExclusionAppliesRule() : Rule<HardshipFacts>("HD-EXCLUDED", Severity.Violation, HardshipCitations.Xingtai, HardshipCitations.Qingdao)
{
    private static readonly MessageKey BarsAccident = new("HD-EXCLUDED.barsAccident");
    private static readonly MessageKey BarsDeep = new("HD-EXCLUDED.barsDeep");
    private static readonly MessageKey BarsRelative = new("HD-EXCLUDED.barsRelative");
    private static readonly MessageKey ExcludedBusinessEmployer = new("HD-EXCLUDED.businessEmployer", "employees");
    private static readonly MessageKey ExcludedControllingShareholder = new("HD-EXCLUDED.controllingShareholder");
    private static readonly MessageKey ExcludedHomes = new("HD-EXCLUDED.homes", "homes", "perHeadArea", "limit");
    private static readonly MessageKey ExcludedNonCooperation = new("HD-EXCLUDED.nonCooperation");
    private static readonly MessageKey ExcludedPrivateSchool = new("HD-EXCLUDED.privateSchool", "fee", "publicFee", "ratio");
    private static readonly MessageKey ExcludedRefusesWork = new("HD-EXCLUDED.refusesWork");
    private static readonly MessageKey ExcludedStudyAbroad = new("HD-EXCLUDED.studyAbroad");
    private static readonly MessageKey ExcludedVehicle = new("HD-EXCLUDED.vehicle");

    /// <inheritdoc />
    public override void Evaluate(HardshipFacts facts, RuleContext context)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(context);
        Run(facts, new ContextRecorder(context));
    }

    /// <summary>The rule, recording through <paramref name="context"/> (a <see cref="RuleContext"/> or the compact log).</summary>
    internal static void Run<TRec>(HardshipFacts facts, TRec context)
        where TRec : struct, IHardshipRecorder
    {
        HardshipApplication app = facts.Application;
        HouseholdAssets assets = app.Assets;
        var hit = HardshipExclusions.None;
        bool assessed = true;

        if (assets.PrivateSchools.Count > 0 && context.TryNumber(HardshipParameterIds.PrivateSchoolFeeRatio, out decimal feeRatio, out ParameterReading feeReading))
        {
            Comparison cmp = feeReading.Comparison ?? Comparison.MoreThan;
            for (int i = 0; i < assets.PrivateSchools.Count; i++)
            {
                PrivateSchooling s = assets.PrivateSchools[i];
                if (context.Compare("privateFee", s.Fee.Yuan, cmp, "publicFee × ratio", s.PublicFee.Yuan * feeRatio))
                {
                    hit |= HardshipExclusions.PrivateSchool;
                    context.Fail(ExcludedPrivateSchool, new JsonPath("$.assets.privateSchools", i), ("fee", s.Fee), ("publicFee", s.PublicFee), ("ratio", feeRatio));
                }
            }
        }
        else if (assets.PrivateSchools.Count > 0)
        {
            assessed = false;
        }

        if (assets.StudyAbroadSelfFunded)
        {
            hit |= HardshipExclusions.StudyAbroad;
            context.Fail(ExcludedStudyAbroad, "$.assets.studyAbroadSelfFunded");
        }

        for (int i = 0; i < assets.Shareholdings.Count; i++)
        {
            if (assets.Shareholdings[i].Controlling)
            {
                hit |= HardshipExclusions.ControllingShareholder;
                context.Fail(ExcludedControllingShareholder, new JsonPath("$.assets.shareholdings", i));
            }
        }

        if (assets.Homes.Count > 0 && context.TryNumber(HardshipParameterIds.MinHomes, out decimal minHomes, out ParameterReading homesReading))
        {
            context.Fact("homes", assets.Homes.Count);
            if (context.Compare("homes", assets.Homes.Count, homesReading.Comparison ?? Comparison.AtLeast, "minHomes", minHomes))
            {
                if (context.TryNumber(HardshipParameterIds.PerCapitaHousingArea, out decimal areaLimit, out ParameterReading areaReading))
                {
                    decimal area = TotalArea(assets);
                    decimal perHead = area / Math.Max(1, facts.HouseholdSize);
                    if (context.Compare("perHeadArea", perHead, areaReading.Comparison ?? Comparison.MoreThan, "perCapitaHousingArea", areaLimit))
                    {
                        hit |= HardshipExclusions.Homes;
                        int homes = assets.Homes.Count;
                        context.Fail(ExcludedHomes, "$.assets.homes", ("homes", homes), ("perHeadArea", decimal.Round(perHead, 2, MidpointRounding.AwayFromZero)), ("limit", areaLimit));
                    }
                }
                else
                {
                    assessed = false;
                }
            }
        }
        else if (assets.Homes.Count > 0)
        {
            assessed = false;
        }

        for (int i = 0; i < assets.Vehicles.Count; i++)
        {
            if (!assets.Vehicles[i].MobilityAid)
            {
                hit |= HardshipExclusions.Vehicle;
                context.Fail(ExcludedVehicle, new JsonPath("$.assets.vehicles", i));
            }
        }

        for (int i = 0; i < assets.Businesses.Count; i++)
        {
            if (assets.Businesses[i].Employees > 0)
            {
                hit |= HardshipExclusions.BusinessEmployer;
                context.Fail(ExcludedBusinessEmployer, new JsonPath("$.assets.businesses", i), ("employees", assets.Businesses[i].Employees));
            }
        }

        if (app.Conduct.RefusesCooperation || app.Conduct.ConcealsIncome || app.Conduct.FalseMaterial)
        {
            hit |= HardshipExclusions.NonCooperation;
            context.Fail(ExcludedNonCooperation, "$.conduct");
        }

        bool anyRefuses = false;
        for (int k = 0; k < app.Members.Count; k++)
        {
            HouseholdMember m = app.Members[k];
            anyRefuses |= m.RefusesWork && m.AbleToWork;
        }

        if (anyRefuses && context.TryNumber(HardshipParameterIds.WorkingAgeFrom, out decimal from, out _) && context.TryNumber(HardshipParameterIds.WorkingAgeUntil, out decimal until, out _))
        {
            for (int i = 0; i < app.Members.Count; i++)
            {
                HouseholdMember m = app.Members[i];
                if (m.RefusesWork && m.AbleToWork && HardshipMath.OfWorkingAge(m, app.ApplicationDate, (int)from, (int)until))
                {
                    hit |= HardshipExclusions.RefusesWork;
                    context.Fail(ExcludedRefusesWork, new JsonPath("$.members", i, ".refusesWork"));
                }
            }
        }
        else if (anyRefuses)
        {
            assessed = false;
        }

        facts.Exclusions = hit;
        facts.ExclusionsAssessed = assessed;
        context.Set(HardshipOutputs.Exclusions, hit);
        if (hit == HardshipExclusions.None)
        {
            if (assessed)
            {
                context.Pass();
            }

            return;
        }

        Bars(facts, context, hit);
    }

    /// <summary>Reads which categories each exclusion hit bars and reports the categories barred.</summary>
    private static void Bars<TRec>(HardshipFacts facts, TRec context, HardshipExclusions hit)
        where TRec : struct, IHardshipRecorder
    {
        HardshipExclusions deep = HardshipExclusions.None, relative = HardshipExclusions.None, accident = HardshipExclusions.None;
        for (int bit = 1; bit <= (int)HardshipExclusions.RefusesWork; bit <<= 1)
        {
            var kind = (HardshipExclusions)bit;
            if ((hit & kind) == 0)
            {
                continue;
            }

            if (!context.TryMask(HardshipParameterIds.Bars(kind), HardshipMath.CategoryNames, out int mask))
            {
                facts.BarsUnknown = true;
                continue;
            }

            deep |= (mask & (1 << (int)HardshipCategory.Deep)) != 0 ? kind : HardshipExclusions.None;
            relative |= (mask & (1 << (int)HardshipCategory.Relative)) != 0 ? kind : HardshipExclusions.None;
            accident |= (mask & (1 << (int)HardshipCategory.AccidentInduced)) != 0 ? kind : HardshipExclusions.None;
        }

        facts.BarringDeep = deep;
        facts.BarringRelative = relative;
        facts.BarringAccident = accident;
        context.Set(HardshipOutputs.BarringDeep, deep);
        context.Set(HardshipOutputs.BarringRelative, relative);
        context.Set(HardshipOutputs.BarringAccidentInduced, accident);
        if (deep != HardshipExclusions.None)
        {
            context.Inform(BarsDeep, "$");
        }

        if (relative != HardshipExclusions.None)
        {
            context.Inform(BarsRelative, "$");
        }

        if (accident != HardshipExclusions.None)
        {
            context.Inform(BarsAccident, "$");
        }
    }

    /// <summary>The total floor area of the homes.</summary>
    internal static decimal TotalArea(HouseholdAssets assets)
    {
        decimal area = 0m;
        for (int k = 0; k < assets.Homes.Count; k++)
        {
            Home h = assets.Homes[k];
            area += h.Area;
        }

        return area;
    }
}

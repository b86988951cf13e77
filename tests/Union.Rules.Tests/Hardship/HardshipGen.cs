using CsCheck;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Hardship;

/// <summary>Random households for the property tests.</summary>
internal static class HardshipGen
{
    internal static readonly LocalDate ApplicationDate = new(2025, 3, 1);

    internal static readonly JurisdictionProfile Profile = JurisdictionProfile.National.WithLayers(
        ParameterLayer.Parse("""
        { "description": "test", "parameters": {
          "standard.subsistenceAllowance.urban": { "description": "低保", "descriptionEn": "dibao", "unit": "CNY", "values": [ { "from": "2020-01-01", "value": 1000, "source": "test" } ] },
          "standard.minimumWage.monthly": { "description": "最低工资", "descriptionEn": "min wage", "unit": "CNY", "values": [ { "from": "2020-01-01", "value": 2000, "source": "test" } ] },
          "hd.exclusion.perCapitaHousingArea": { "description": "面积", "descriptionEn": "area", "unit": "m2", "comparison": "moreThan", "values": [ { "from": "2020-01-01", "value": 30, "source": "test" } ] },
          "hd.rigid.medical.cap": { "description": "上限", "descriptionEn": "cap", "unit": "CNY", "values": [ { "from": "2020-01-01", "value": 20000, "source": "test" } ] }
        } }
        """, "test").Value!);

    /// <summary>
    /// Profiles that differ from <see cref="Profile"/> in the lists the hardship rules read: the categories each income test
    /// deducts, the income categories counted, and the categories each exclusion bars (any subset, empty lists included).
    /// </summary>
    internal static readonly Gen<JurisdictionProfile> Profiles = Gen.Select(
        Gen.Int[0, 63],
        Gen.Int[0, 63],
        Gen.Int[0, 4095],
        Gen.Int[0, 7].Array[8],
        (deep, relative, income, bars) => Profile.WithLayers(ListLayer(deep, relative, income, bars)));

    internal static readonly string[] ExpenditureNames = ["medical", "disability", "education", "housing", "longTermCare", "jobCosts"];

    internal static readonly string[] IncomeNames =
    [
        "wages", "business", "property", "pension", "benefit", "maintenance", "compensation", "unionAid", "otherTransfer", "other", "residentsBasicPension", "holidayGift",
    ];

    internal static readonly string[] ExclusionKinds = ["privateSchool", "studyAbroad", "controllingShareholder", "homes", "vehicle", "businessEmployer", "nonCooperation", "refusesWork"];

    private static readonly string[] CategoryNames = ["accidentInduced", "relative", "deep"];

    /// <summary>A layer with the given lists; bit i of a mask selects name i.</summary>
    internal static ParameterLayer ListLayer(int deep, int relative, int income, int[] bars)
    {
        static string Names(int mask, string[] names) => string.Join(",", names.Where((_, i) => (mask & (1 << i)) != 0));
        static string Param(string name, string value) =>
            $$"""
            "{{name}}": { "description": "测试", "descriptionEn": "test", "unit": "list", "values": [ { "from": "2020-01-01", "value": "{{value}}", "source": "test" } ] }
            """;
        var parameters = new List<string>
        {
            Param("hd.rigid.deductedCategories.deep", Names(deep, ExpenditureNames)),
            Param("hd.rigid.deductedCategories.relative", Names(relative, ExpenditureNames)),
            Param("hd.income.countedCategories", Names(income, IncomeNames)),
        };
        for (int k = 0; k < ExclusionKinds.Length; k++)
        {
            parameters.Add(Param("hd.exclusion." + ExclusionKinds[k] + ".bars", Names(bars[k], CategoryNames)));
        }

        return ParameterLayer.Parse("{ \"description\": \"lists\", \"parameters\": { " + string.Join(", ", parameters) + " } }", "lists").Value!;
    }

    /// <summary>The numbers whose comparison a caller's layer may give, with a value each (the national one, or the test profile's).</summary>
    internal static readonly (string Name, string Unit, string Value)[] Compared =
    [
        ("hd.deep.multiplier", "multiple", "1"),
        ("hd.relative.multiplier", "multiple", "2"),
        ("hd.accident.lossRatio", "ratio", "\"4/5\""),
        ("hd.migrant.minEmploymentYears", "year", "1"),
        ("hd.exclusion.privateSchoolFeeRatio", "multiple", "2"),
        ("hd.exclusion.minHomes", "home", "2"),
        ("hd.exclusion.perCapitaHousingArea", "m2", "30"),
        ("hd.rigid.medical.cap", "CNY", "20000"),
    ];

    private static readonly string?[] Comparisons = [null, "atLeast", "moreThan", "atMost", "lessThan"];

    /// <summary>
    /// Profiles that differ from <see cref="Profile"/> in how the numbers of <see cref="Compared"/> compare: each given again by a
    /// caller's layer with another comparison, or with none (the rules' own reading of the text then applies).
    /// </summary>
    internal static readonly Gen<JurisdictionProfile> ComparisonProfiles = Gen.Int[0, Comparisons.Length - 1].Array[Compared.Length].Select(choices =>
    {
        var parameters = new List<string>();
        for (int i = 0; i < Compared.Length; i++)
        {
            string? comparison = Comparisons[choices[i]];
            parameters.Add(Parameter(Compared[i].Name, Compared[i].Unit, Compared[i].Value, comparison, "test"));
        }

        return Profile.WithLayers(ParameterLayer.Parse("{ \"description\": \"comparisons\", \"parameters\": { " + string.Join(", ", parameters) + " } }", "comparisons").Value!);
    });

    /// <summary>One parameter of a layer, as JSON: one value from 2020-01-01 (<paramref name="value"/> is JSON), with its comparison when given.</summary>
    internal static string Parameter(string name, string unit, string value, string? comparison, string source) =>
        "\"" + name + "\": { \"description\": \"测试\", \"descriptionEn\": \"test\", \"unit\": \"" + unit + "\""
        + (comparison is null ? string.Empty : ", \"comparison\": \"" + comparison + "\"")
        + ", \"values\": [ { \"from\": \"2020-01-01\", \"value\": " + value + ", \"source\": \"" + source + "\" } ] }";

    private static readonly Gen<LocalDate> Day = Gen.Int[-400, 30].Select(d => ApplicationDate.PlusDays(d));

    private static readonly Gen<Money> Amount = Gen.Int[0, 6_000_000].Select(f => Money.FromFen(f));

    private static readonly Gen<HouseholdMember> Member = Gen.Select(
        Gen.Int[1940, 2024],
        Gen.Enum<Relationship>(),
        Gen.Enum<StudyLevel>(),
        Gen.Int[0, 15],
        Gen.Int[0, 9],
        (year, rel, study, flags, disability) => new HouseholdMember
        {
            BirthDate = new LocalDate(year, 6, 15),
            Relationship = rel,
            Studying = flags % 3 == 0 ? study : StudyLevel.None,
            Employed = (flags & 1) != 0,
            IncomeProven = (flags & 2) != 0,
            SeriousIllness = flags == 5,
            LaidOffInClosure = flags == 6,
            UnableToWork = flags == 7,
            DisabilityGrade = disability is >= 1 and <= 4 && flags > 12 ? disability : null,
            EnteringHigherEducation = study == StudyLevel.Undergraduate && flags % 3 == 0,
            RefusesWork = flags == 11 && disability == 0,
        });

    private static readonly Gen<IncomeRecord> Income = Gen.Select(Gen.Enum<IncomeCategory>(), Amount, Day, (c, a, d) => new IncomeRecord { Category = c, Amount = a, Received = d });

    private static readonly Gen<RigidExpenditure> Expenditure = Gen.Select(Gen.Enum<ExpenditureCategory>(), Gen.Int[0, 3_000_000].Select(f => Money.FromFen(f)), Day, Gen.Enum<StudyLevel>(), (c, a, d, l) =>
        new RigidExpenditure { Category = c, Amount = a, Paid = d, EducationLevel = c == ExpenditureCategory.Education ? l : null });

    private static readonly Gen<AccidentEvent> Accident = Gen.Select(Day, Gen.Int[0, 20_000_000], Gen.Int[0, 10_000_000], (d, l, c) =>
        new AccidentEvent { Date = d, Losses = Money.FromFen(l), Compensation = Money.FromFen(c) });

    private static readonly Gen<HouseholdAssets> Assets = Gen.Select(Gen.Int[0, 150].Array[0, 3], Gen.Bool.Array[0, 2], Gen.Int[0, 63], (homes, vehicles, flags) => new HouseholdAssets
    {
        Homes = homes.Select(a => new Home { Area = a }).ToArray(),
        Vehicles = vehicles.Select(m => new Vehicle { MobilityAid = m || flags < 40 }).ToArray(),
        StudyAbroadSelfFunded = flags == 1,
        Shareholdings = flags == 2 ? [new Shareholding { Controlling = true }] : [],
        Businesses = flags == 3 ? [new Business { Employees = 2 }] : [],
        PrivateSchools = flags == 4 ? [new PrivateSchooling { Fee = Money.FromYuan(25000m), PublicFee = Money.FromYuan(10000m) }] : [],
    });

    internal static readonly Gen<HardshipApplication> Application = Gen.Select(
        Member.Array[1, 6],
        Income.Array[0, 6],
        Expenditure.Array[0, 5],
        Accident.Array[0, 2],
        Assets,
        Gen.Int[0, 31],
        (members, incomes, expenditures, accidents, assets, flags) => new HardshipApplication
        {
            ApplicationDate = ApplicationDate,
            Applicant = new Applicant
            {
                UnionMember = flags != 0,
                MigrantWorker = (flags & 4) != 0,
                LivesInCity = flags != 12,
                EmploymentStart = flags == 20 ? null : ApplicationDate.PlusMonths(-flags),
            },
            Members = members,
            OnSubsistenceAllowance = (flags & 2) != 0,
            Incomes = incomes,
            Expenditures = expenditures,
            Accidents = accidents,
            Assets = assets,
            Conduct = new HouseholdConduct { ConcealsIncome = flags == 31 },
        });
}

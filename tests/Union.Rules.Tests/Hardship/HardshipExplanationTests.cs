using NodaTime;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Rules.Engine;
using Union.Rules.Hardship;
using static Union.Rules.Tests.Engine.TraceAssert;

namespace Union.Rules.Tests.Hardship;

/// <summary>
/// What each hardship rule explains, not only what it decides: the facts it read, the comparisons it made, the values it
/// computed and the path and arguments of each finding, by name and value, on the Beijing example household (2025-03-01:
/// 低保 1,395, per-head income 1,580.56, relative hardship) and on the national profile with the test layer (低保 1,000,
/// minimum wage 2,000), one change at a time. Every report is read twice: from the built-in evaluator and from the same
/// rules run through the general engine, which must say the same. The legal outcomes themselves are in Cases/Hardship.
/// </summary>
public sealed class HardshipExplanationTests
{
    private static readonly LocalDate Day = new(2025, 3, 1);
    private static readonly HardshipApplication Example = HardshipExamples.Household;
    private static readonly JurisdictionProfile Beijing = JurisdictionProfile.For(RegionCode.Beijing);
    private static readonly HardshipEngine General = new(new RuleSet<HardshipFacts>(HardshipEngine.DefaultRules.Rules));

    private static readonly JurisdictionProfile TestLayer = JurisdictionProfile.National.WithLayers(
        ParameterLayer.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cases", "Hardship", "layers", "test-local-standards.json")), "test-local-standards").Value!);

    /// <summary>The household of the national cases: three members, the spouse seriously ill, a child at junior secondary school, 30,000 of wages.</summary>
    private static readonly HardshipApplication Household = new()
    {
        ApplicationDate = Day,
        Applicant = new Applicant { UnionMember = true, MemberSince = new LocalDate(2015, 1, 1), EmploymentStart = new LocalDate(2015, 1, 1) },
        Members =
        [
            new HouseholdMember { Relationship = Relationship.Self, BirthDate = new LocalDate(1980, 5, 1), Employed = true },
            new HouseholdMember { Relationship = Relationship.Spouse, BirthDate = new LocalDate(1982, 5, 1), Employed = true, SeriousIllness = true },
            new HouseholdMember { Relationship = Relationship.Child, BirthDate = new LocalDate(2012, 5, 1), Studying = StudyLevel.JuniorSecondary },
        ],
        Incomes = [new IncomeRecord { Category = IncomeCategory.Wages, Amount = Money.FromYuan(30000m), Received = new LocalDate(2024, 9, 1) }],
    };

    [Fact]
    public void HD_MEMBER_records_membership_and_compares_a_migrant_workers_whole_years_with_the_minimum()
    {
        Both(Example, Beijing, report =>
        {
            TraceNode node = Node(report, "HD-MEMBER");
            Assert.Equal(RuleStatus.Passed, node.Status);
            Assert.Equal("true", Fact(node, "applicant.unionMember"));
            Assert.Equal("false", Fact(node, "applicant.migrantWorker"));
            Assert.DoesNotContain(node.Facts, f => f.Name == "applicant.livesInCity");
            Assert.Empty(node.Comparisons);
        });

        // 青岛: 建立事实劳动关系1年以上 (以上: exactly one year is enough).
        HardshipApplication oneYear = Example with { Applicant = Example.Applicant with { MigrantWorker = true, LivesInCity = true, EmploymentStart = new LocalDate(2024, 3, 1) } };
        Both(oneYear, Beijing, report =>
        {
            TraceNode node = Node(report, "HD-MEMBER");
            Assert.Equal(RuleStatus.Passed, node.Status);
            Assert.Equal("true", Fact(node, "applicant.migrantWorker"));
            Assert.Equal("true", Fact(node, "applicant.livesInCity"));
            Assert.Equal("2024-03-01", Fact(node, "applicant.employmentStart"));
            Compared(node, "employmentYears", "1", "≥", "minEmploymentYears", "1", true);
            Assert.Empty(report.For("HD-MEMBER"));
        });

        HardshipApplication failing = Example with { Applicant = Example.Applicant with { UnionMember = false, MigrantWorker = true, LivesInCity = false, EmploymentStart = new LocalDate(2024, 3, 2) } };
        Both(failing, Beijing, report =>
        {
            TraceNode node = Node(report, "HD-MEMBER");
            Assert.Equal(RuleStatus.Failed, node.Status);
            Assert.Equal("false", Fact(node, "applicant.unionMember"));
            Assert.Equal("false", Fact(node, "applicant.livesInCity"));
            Compared(node, "employmentYears", "0", "≥", "minEmploymentYears", "1", false);
            Finding[] findings = [.. report.For("HD-MEMBER")];
            Assert.Equal(["HD-MEMBER.notMember", "HD-MEMBER.notInCity", "HD-MEMBER.tooShort"], findings.Select(f => f.MessageKey));
            Assert.All(findings, f => Assert.True(f.IsViolation));
            Args(findings[0], "$.applicant.unionMember");
            Args(findings[1], "$.applicant.livesInCity");
            Args(findings[2], "$.applicant.employmentStart", ("years", "0"), ("minimum", "1"));
        });

        HardshipApplication unknown = Example with { Applicant = Example.Applicant with { MigrantWorker = true, LivesInCity = null, EmploymentStart = null } };
        Both(unknown, Beijing, report =>
        {
            TraceNode node = Node(report, "HD-MEMBER");
            Assert.Equal(RuleStatus.NotAssessed, node.Status);
            Assert.Null(Fact(node, "applicant.livesInCity"));
            Assert.Null(Fact(node, "applicant.employmentStart"));
            Assert.Empty(node.Comparisons);
            Assert.Equal(["$.applicant.livesInCity", "$.applicant.employmentStart"], report.For("HD-MEMBER").Select(f => f.Path));
            Assert.All(report.For("HD-MEMBER"), f => Assert.Equal("engine.inputMissing", f.MessageKey));
        });
        Assert.False(HardshipEngine.Default.Assess(unknown, Day, Beijing).IsAssessed);

        // The rules after the categories cannot run without the membership decided, and say which rule they wait for.
        Both(unknown, Beijing, report =>
        {
            foreach (string code in new[] { "HD-NEAR-MISS", "HD-ASSISTANCE", "HD-REVIEW" })
            {
                Assert.Equal(RuleStatus.NotAssessed, Node(report, code).Status);
                Finding f = Assert.Single(report.For(code));
                Assert.Equal("HD.prerequisiteMissing", f.MessageKey);
                Args(f, "$", ("rule", "HD-PER-CAPITA"));
            }
        });

        // Not a member: no category, so no assistance (not applicable, nothing recommended).
        Both(failing, Beijing, report =>
        {
            Assert.Equal(RuleStatus.NotApplicable, Node(report, "HD-ASSISTANCE").Status);
            Assert.Empty(report.For("HD-ASSISTANCE"));
        });
    }

    [Fact]
    public void HD_WINDOW_records_the_application_date_and_the_window_and_names_income_outside_it()
    {
        HardshipApplication a = Example with
        {
            Incomes = [.. Example.Incomes, new IncomeRecord { Category = IncomeCategory.Wages, Amount = Money.FromYuan(100m), Received = new LocalDate(2024, 2, 29) }],
        };
        Both(a, Beijing, report =>
        {
            TraceNode node = Node(report, "HD-WINDOW");
            Assert.Equal("2025-03-01", Fact(node, "applicationDate"));
            Assert.Equal("2024-03-01", Output(node, "windowStart"));
            Assert.Equal("2025-02-28", Output(node, "windowEnd"));
            Args(Single(report, "HD-WINDOW.window"), "$.applicationDate", ("start", "2024-03-01"), ("end", "2025-02-28"), ("months", "12"));
            Args(Single(report, "HD-WINDOW.outside"), "$.incomes[4].received", ("date", "2024-02-29"));
        });
    }

    [Fact]
    public void HD_INCOME_records_each_categorys_total_and_the_counted_and_exempt_income()
    {
        Both(Example, Beijing, report =>
        {
            TraceNode node = Node(report, "HD-INCOME");
            Assert.Equal("80000", Fact(node, "income.wages"));
            Assert.Equal("2000", Fact(node, "income.unionAid"));
            Assert.Equal("2400", Fact(node, "income.residentsBasicPension"));
            Assert.Equal("300", Fact(node, "income.holidayGift"));
            Assert.DoesNotContain(node.Facts, f => f.Name == "income.business");
            Assert.Equal("82000", Output(node, "countedIncome"));
            Assert.Equal("2700", Output(node, "exemptIncome"));
            Args(Single(report, "HD-INCOME.total"), "$.incomes", ("counted", "82000"), ("exempt", "2700"));
        });
    }

    [Fact]
    public void HD_IMPUTED_names_each_imputed_member_with_the_wage_the_months_and_the_amount()
    {
        // The spouse able to work and out of work: Beijing's minimum wage in force on 2025-03-01 (2,420) × 12 months.
        HardshipApplication a = Example with { Members = [Example.Members[0], Example.Members[1] with { UnableToWork = false }, Example.Members[2]] };
        Both(a, Beijing, report =>
        {
            TraceNode node = Node(report, "HD-IMPUTED");
            Assert.Equal(RuleStatus.Computed, node.Status);
            Assert.Equal("29040", Output(node, "imputedIncome"));
            Assert.Contains(node.Parameters, p => p.Name == "standard.minimumWage.monthly");
            Args(Single(report, "HD-IMPUTED.member"), "$.members[1]", ("wage", "2420"), ("months", "12"), ("amount", "29040"));
        });

        Both(Example, Beijing, report =>
        {
            TraceNode node = Node(report, "HD-IMPUTED");
            Assert.Equal(RuleStatus.NotApplicable, node.Status);
            Assert.DoesNotContain(node.Parameters, p => p.Name == "standard.minimumWage.monthly");
            Assert.Null(Output(node, "imputedIncome"));
        });
    }

    [Fact]
    public void HD_RIGID_names_compulsory_education_and_a_missing_level_and_gives_each_categorys_total_and_both_deductions()
    {
        HardshipApplication a = Household with
        {
            Expenditures =
            [
                new RigidExpenditure { Category = ExpenditureCategory.Medical, Amount = Money.FromYuan(1000m), Paid = new LocalDate(2024, 5, 1) },
                new RigidExpenditure { Category = ExpenditureCategory.Education, Amount = Money.FromYuan(800m), Paid = new LocalDate(2024, 5, 1), EducationLevel = StudyLevel.Primary },
                new RigidExpenditure { Category = ExpenditureCategory.JobCosts, Amount = Money.FromYuan(1200m), Paid = new LocalDate(2024, 5, 1) },
                new RigidExpenditure { Category = ExpenditureCategory.Education, Amount = Money.FromYuan(500m), Paid = new LocalDate(2024, 5, 1) },
                new RigidExpenditure { Category = ExpenditureCategory.Housing, Amount = Money.FromYuan(700m), Paid = new LocalDate(2024, 2, 29) },
            ],
        };
        Both(a, TestLayer, report =>
        {
            TraceNode node = Node(report, "HD-RIGID");
            Assert.Equal(RuleStatus.NotAssessed, node.Status);
            Args(Single(report, "HD-RIGID.compulsory"), "$.expenditures[1]", ("amount", "800"), ("level", "Primary"));
            Assert.Equal("$.expenditures[3].educationLevel", Single(report, "engine.inputMissing").Path);
            Assert.Equal("1000", Output(node, "rigid.Medical"));
            Assert.Equal("1200", Output(node, "rigid.JobCosts"));
            Assert.Null(Output(node, "rigid.Education"));
            Assert.Null(Output(node, "rigid.Housing"));
            Assert.Equal("1000", Output(node, "rigidDeducted.deep"));
            Assert.Equal("2200", Output(node, "rigidDeducted.relative"));
            Assert.Equal("IllnessSchoolingOrDisabilityCosts, SeriousIllnessOrDisability, ChildInSchool", Output(node, "circumstances"));
            Args(Single(report, "HD-RIGID.totals"), "$.expenditures", ("deep", "1000"), ("relative", "2200"));
            Assert.DoesNotContain(report.Findings, f => f.MessageKey == "HD-RIGID.total");
        });
    }

    [Fact]
    public void HD_RIGID_caps_a_category_at_the_local_cap_and_says_so()
    {
        JurisdictionProfile capped = TestLayer.WithLayers(Layer("""{ "hd.rigid.medical.cap": { "description": "cap", "descriptionEn": "cap", "unit": "CNY", "values": [ { "from": "2020-01-01", "value": 5000, "source": "test" } ] } }"""));
        HardshipApplication a = Household with
        {
            Expenditures =
            [
                new RigidExpenditure { Category = ExpenditureCategory.Medical, Amount = Money.FromYuan(5000m), Paid = new LocalDate(2024, 5, 1) },
                new RigidExpenditure { Category = ExpenditureCategory.Medical, Amount = Money.FromYuan(1000m), Paid = new LocalDate(2024, 6, 1) },
            ],
        };
        Both(a, capped, report =>
        {
            TraceNode node = Node(report, "HD-RIGID");
            Args(Single(report, "HD-RIGID.capped"), "$.expenditures", ("category", "Medical"), ("amount", "6000"), ("cap", "5000"));
            Assert.Equal("5000", Output(node, "rigid.Medical"));
            Args(Single(report, "HD-RIGID.total"), "$.expenditures", ("deducted", "5000"));
        });

        // Exactly at the cap: deducted in full, no note.
        HardshipApplication atCap = a with { Expenditures = [a.Expenditures[0]] };
        Both(atCap, capped, report =>
        {
            Assert.DoesNotContain(report.Findings, f => f.MessageKey == "HD-RIGID.capped");
            Assert.Equal("5000", Output(Node(report, "HD-RIGID"), "rigid.Medical"));
        });
    }

    [Fact]
    public void HD_PER_CAPITA_records_the_household_size_and_both_figures_and_names_an_empty_household()
    {
        Both(Example, Beijing, report =>
        {
            TraceNode node = Node(report, "HD-PER-CAPITA");
            Assert.Equal("3", Fact(node, "householdSize"));
            Assert.Equal("56900", Output(node, "netIncome.deep"));
            Assert.Equal("1580.56", Output(node, "perHeadMonthly.deep"));
            Assert.Equal("56900", Output(node, "netIncome.relative"));
            Assert.Equal("1580.56", Output(node, "perHeadMonthly.relative"));
            Args(Single(report, "HD-PER-CAPITA.computed"), "$", ("income", "82000"), ("imputed", "0"), ("rigid", "25100"), ("size", "3"), ("months", "12"), ("perHead", "1580.56"));
        });

        // A job cost of 1,200: the relative test deducts it, the deep test does not; each figure with its own computation.
        HardshipApplication a = Example with { Expenditures = [.. Example.Expenditures, new RigidExpenditure { Category = ExpenditureCategory.JobCosts, Amount = Money.FromYuan(1200m), Paid = new LocalDate(2024, 5, 1) }] };
        Both(a, Beijing, report =>
        {
            TraceNode node = Node(report, "HD-PER-CAPITA");
            Assert.Equal("55700", Output(node, "netIncome.relative"));
            Assert.Equal("1547.22", Output(node, "perHeadMonthly.relative"));
            Args(Single(report, "HD-PER-CAPITA.computedDeep"), "$", ("income", "82000"), ("imputed", "0"), ("rigid", "25100"), ("size", "3"), ("months", "12"), ("perHead", "1580.56"));
            Args(Single(report, "HD-PER-CAPITA.computedRelative"), "$", ("income", "82000"), ("imputed", "0"), ("rigid", "26300"), ("size", "3"), ("months", "12"), ("perHead", "1547.22"));
        });

        Both(Example with { Members = [] }, Beijing, report =>
        {
            Assert.Equal(RuleStatus.NotAssessed, Node(report, "HD-PER-CAPITA").Status);
            Assert.Equal("$.members", Assert.Single(report.For("HD-PER-CAPITA")).Path);
        });
    }

    [Fact]
    public void HD_EXCLUDED_compares_each_fee_the_homes_and_the_area_and_says_which_categories_are_barred()
    {
        HardshipApplication a = Household with
        {
            Assets = new HouseholdAssets
            {
                PrivateSchools = [new PrivateSchooling { Fee = Money.FromYuan(30000m), PublicFee = Money.FromYuan(10000m) }, new PrivateSchooling { Fee = Money.FromYuan(20000m), PublicFee = Money.FromYuan(10000m) }],
                Homes = [new Home { Area = 50m }, new Home { Area = 60m }],
                Vehicles = [new Vehicle()],
                Businesses = [new Business { Employees = 2 }],
                StudyAbroadSelfFunded = true,
            },
        };
        Both(a, TestLayer, report =>
        {
            TraceNode node = Node(report, "HD-EXCLUDED");
            Assert.Equal(RuleStatus.Failed, node.Status);
            Assert.Equal("2", Fact(node, "homes"));
            Compared(node, "privateFee", "30000", ">", "publicFee × ratio", "20000", true);
            Compared(node, "privateFee", "20000", ">", "publicFee × ratio", "20000", false);
            Compared(node, "homes", "2", "≥", "minHomes", "2", true);
            Compared(node, "perHeadArea", "36.666666666666666666666666667", ">", "perCapitaHousingArea", "30", true);
            Assert.Equal(
                ["HD-EXCLUDED.privateSchool", "HD-EXCLUDED.studyAbroad", "HD-EXCLUDED.homes", "HD-EXCLUDED.vehicle", "HD-EXCLUDED.businessEmployer", "HD-EXCLUDED.barsDeep"],
                report.For("HD-EXCLUDED").Select(f => f.MessageKey));
            Args(Single(report, "HD-EXCLUDED.privateSchool"), "$.assets.privateSchools[0]", ("fee", "30000"), ("publicFee", "10000"), ("ratio", "2"));
            Args(Single(report, "HD-EXCLUDED.studyAbroad"), "$.assets.studyAbroadSelfFunded");
            Args(Single(report, "HD-EXCLUDED.homes"), "$.assets.homes", ("homes", "2"), ("perHeadArea", "36.67"), ("limit", "30"));
            Args(Single(report, "HD-EXCLUDED.vehicle"), "$.assets.vehicles[0]");
            Args(Single(report, "HD-EXCLUDED.barsDeep"), "$");
            Assert.Equal("PrivateSchool, StudyAbroad, Homes, Vehicle, BusinessEmployer", Output(node, "exclusions"));
            Assert.Equal("PrivateSchool, StudyAbroad, Homes, Vehicle, BusinessEmployer", Output(node, "barring.deep"));
            Assert.Equal("None", Output(node, "barring.relative"));
            Assert.Equal("None", Output(node, "barring.accidentInduced"));
        });

        // One home only: the area is not compared (both parts are needed).
        Both(Household with { Assets = new HouseholdAssets { Homes = [new Home { Area = 200m }] } }, TestLayer, report =>
        {
            TraceNode node = Node(report, "HD-EXCLUDED");
            Assert.Equal(RuleStatus.Computed, node.Status);
            Assert.Empty(report.For("HD-EXCLUDED"));
            Compared(node, "homes", "1", "≥", "minHomes", "2", false);
            Assert.DoesNotContain(node.Comparisons, c => c.Left == "perHeadArea");
            Assert.Equal("None", Output(node, "exclusions"));
            Assert.Null(Output(node, "barring.deep"));

            // No private school and no one refusing work: their thresholds are not read.
            Assert.DoesNotContain(node.Parameters, p => p.Name == "hd.exclusion.privateSchoolFeeRatio");
            Assert.DoesNotContain(node.Parameters, p => p.Name == "hd.workingAge.from");
            Assert.DoesNotContain(node.Parameters, p => p.Name == "hd.exclusion.vehicle.bars");
        });
    }

    [Fact]
    public void HD_EXCLUDED_compares_as_a_callers_layer_says()
    {
        // A layer reading 2倍 as 以上 (at least) and the area as 以上: exactly 2 × the public fee and exactly 30 m² a head exclude.
        JurisdictionProfile atLeast = TestLayer.WithLayers(Layer("""
            { "hd.exclusion.privateSchoolFeeRatio": { "comparison": "atLeast", "values": [ { "from": "2020-01-01", "value": 2, "source": "test" } ] },
              "hd.exclusion.perCapitaHousingArea": { "description": "人均住房面积", "descriptionEn": "per-head housing area", "unit": "m2/person", "comparison": "atLeast", "values": [ { "from": "2020-01-01", "value": 30, "source": "test" } ] } }
            """));
        HardshipApplication a = Household with
        {
            Assets = new HouseholdAssets
            {
                PrivateSchools = [new PrivateSchooling { Fee = Money.FromYuan(20000m), PublicFee = Money.FromYuan(10000m) }],
                Homes = [new Home { Area = 40m }, new Home { Area = 50m }],
            },
        };
        Both(a, atLeast, report =>
        {
            TraceNode node = Node(report, "HD-EXCLUDED");
            Compared(node, "privateFee", "20000", "≥", "publicFee × ratio", "20000", true);
            Compared(node, "perHeadArea", "30", "≥", "perCapitaHousingArea", "30", true);
            Assert.Equal("PrivateSchool, Homes", Output(node, "exclusions"));
        });
        Both(a, TestLayer, report => Assert.Equal("None", Output(Node(report, "HD-EXCLUDED"), "exclusions")));

        // A layer reading 2套以上 as more than two: two homes are not enough, the area is not compared.
        JurisdictionProfile moreThan = TestLayer.WithLayers(Layer("""{ "hd.exclusion.minHomes": { "comparison": "moreThan", "values": [ { "from": "2020-01-01", "value": 2, "source": "test" } ] } }"""));
        Both(a with { Assets = a.Assets with { PrivateSchools = [], Homes = [new Home { Area = 100m }, new Home { Area = 100m }] } }, moreThan, report =>
        {
            TraceNode node = Node(report, "HD-EXCLUDED");
            Compared(node, "homes", "2", ">", "minHomes", "2", false);
            Assert.DoesNotContain(node.Comparisons, c => c.Left == "perHeadArea");
            Assert.Equal("None", Output(node, "exclusions"));
        });
    }

    [Fact]
    public void HD_EXCLUDED_under_a_layer_barring_every_category_reports_each_bar()
    {
        const string all = """{ "description": "bars", "descriptionEn": "bars", "unit": "list", "values": [ { "from": "2020-01-01", "value": "deep,relative,accidentInduced", "source": "test" } ] }""";
        JurisdictionProfile qingdao = TestLayer.WithLayers(Layer("{ \"hd.exclusion.vehicle.bars\": " + all + " }"));
        Both(Household with { Assets = new HouseholdAssets { Vehicles = [new Vehicle()] } }, qingdao, report =>
        {
            TraceNode node = Node(report, "HD-EXCLUDED");
            Assert.Equal(["HD-EXCLUDED.vehicle", "HD-EXCLUDED.barsDeep", "HD-EXCLUDED.barsRelative", "HD-EXCLUDED.barsAccident"], report.For("HD-EXCLUDED").Select(f => f.MessageKey));
            Assert.All(report.For("HD-EXCLUDED").Skip(1), f => Assert.Equal("$", f.Path));
            Assert.Equal("Vehicle", Output(node, "barring.deep"));
            Assert.Equal("Vehicle", Output(node, "barring.relative"));
            Assert.Equal("Vehicle", Output(node, "barring.accidentInduced"));
        });
    }

    [Fact]
    public void HD_DEEP_and_HD_RELATIVE_compare_each_tests_own_per_head_income_with_its_limit()
    {
        Both(Example, Beijing, report =>
        {
            TraceNode deep = Node(report, "HD-DEEP");
            Compared(deep, "perHeadMonthly", "1580.5555555555555555555555556", "<", "deepLimit", "1395", false);
            Assert.Equal("False", Output(deep, "incomeTest"));
            Assert.Equal("True", Output(deep, "circumstance"));
            Args(Single(report, "HD-DEEP.notMet"), "$", ("perHead", "1580.56"), ("limit", "1395"));
            Args(Single(report, "HD.staleStandard"), "$", ("parameter", "standard.subsistenceAllowance.urban"), ("value", "1395"), ("from", "2023-07-01"), ("staleSince", "2024-07-01"));

            TraceNode relative = Node(report, "HD-RELATIVE");
            Compared(relative, "perHeadMonthly", "1580.5555555555555555555555556", "<", "relativeLimit", "2790", true);
            Assert.Equal("True", Output(relative, "incomeTest"));
            Assert.Equal("True", Output(relative, "circumstance"));
            Args(Single(report, "HD-RELATIVE.category"), "$", ("perHead", "1580.56"), ("limit", "2790"));

            // The stale 低保 is reported once, by HD-DEEP.
            Assert.Equal("HD-DEEP", Single(report, "HD.staleStandard").Code);
        });
    }

    [Fact]
    public void HD_ACCIDENT_records_the_losses_and_the_income_and_compares_their_share_or_the_income_with_zero()
    {
        HardshipApplication a = Household with { Accidents = [new AccidentEvent { Date = new LocalDate(2024, 12, 1), Losses = Money.FromYuan(5000m), Compensation = Money.FromYuan(1000m) }] };
        Both(a, TestLayer, report =>
        {
            TraceNode node = Node(report, "HD-ACCIDENT");
            Assert.Equal("4000", Fact(node, "accidentLosses"));
            Assert.Equal("30000", Fact(node, "annualIncome"));
            Compared(node, "accidentLosses/annualIncome", "0.1333333333333333333333333333", ">", "lossRatio", "0.8", false);
            Assert.Equal("False", Output(node, "lossTest"));
            Args(Single(report, "HD-ACCIDENT.notMet"), "$.accidents", ("losses", "4000"), ("income", "30000"), ("ratio", "4/5"));
        });

        // Losses and no income at all: the test holds (any loss exceeds 80 % of nothing).
        HardshipApplication noIncome = a with { Members = [a.Members[0]], Incomes = [] };
        Both(noIncome, TestLayer, report =>
        {
            TraceNode node = Node(report, "HD-ACCIDENT");
            Assert.Equal("0", Fact(node, "annualIncome"));
            Compared(node, "annualIncome", "0", "≤", "zero", "0", true);
            Assert.Equal("True", Output(node, "lossTest"));
            Args(Single(report, "HD-ACCIDENT.category"), "$.accidents", ("losses", "4000"), ("income", "0"), ("ratio", "4/5"));
        });

        // No loss in the window: not applicable, nothing read.
        Both(Household, TestLayer, report =>
        {
            TraceNode node = Node(report, "HD-ACCIDENT");
            Assert.Equal(RuleStatus.NotApplicable, node.Status);
            Assert.Empty(node.Parameters);
            Assert.Null(Output(node, "lossTest"));
        });
    }

    [Fact]
    public void HD_NEAR_MISS_gives_the_value_the_limit_and_the_gap_of_each_missed_test()
    {
        Both(Example, Beijing, report =>
        {
            Args(Single(report, "HD-NEAR-MISS.deep.income"), "$", ("value", "1580.56"), ("limit", "1395"), ("gap", "185.56"));
            Assert.DoesNotContain(report.Findings, f => f.MessageKey == "HD-NEAR-MISS.relative.income");
        });

        // Losses of 20,000 on an income of 60,000: the accident line (80 %) is 48,000, missed by 28,000.
        HardshipApplication a = Household with
        {
            Members = [Household.Members[0], Household.Members[1] with { SeriousIllness = false }],
            Incomes = [new IncomeRecord { Category = IncomeCategory.Wages, Amount = Money.FromYuan(60000m), Received = new LocalDate(2024, 9, 1) }],
            Accidents = [new AccidentEvent { Date = new LocalDate(2024, 12, 1), Losses = Money.FromYuan(20000m) }],
        };
        Both(a, TestLayer, report =>
        {
            Assert.Equal(["HD-NEAR-MISS.deep.income", "HD-NEAR-MISS.relative.income", "HD-NEAR-MISS.accident"], report.For("HD-NEAR-MISS").Select(f => f.MessageKey));
            Args(Single(report, "HD-NEAR-MISS.deep.income"), "$", ("value", "2500"), ("limit", "1000"), ("gap", "1500"));
            Args(Single(report, "HD-NEAR-MISS.relative.income"), "$", ("value", "2500"), ("limit", "2000"), ("gap", "500"));
            Args(Single(report, "HD-NEAR-MISS.accident"), "$.accidents", ("value", "20000"), ("limit", "48000.0"), ("gap", "28000.0"));
        });
    }

    [Fact]
    public void HD_REVIEW_records_the_file_the_due_date_and_the_relapse_watch_line()
    {
        HardshipApplication kept = Example with { ExistingFile = new ExistingFile { Opened = new LocalDate(2022, 3, 1), LastReview = new LocalDate(2024, 2, 29), Category = HardshipCategory.Relative } };
        Both(kept, Beijing, report =>
        {
            TraceNode node = Node(report, "HD-REVIEW");
            Assert.Equal("2022-03-01", Fact(node, "file.opened"));
            Assert.Equal("2024-02-29", Fact(node, "file.lastReview"));
            Assert.Equal("2025-02-28", Output(node, "reviewDue"));
            Compared(node, "applicationDate", "2025-03-01", "≤", "reviewDue", "2025-02-28", false);
            Args(Single(report, "HD-REVIEW.overdue"), "$.existingFile", ("due", "2025-02-28"));
            Args(Single(report, "HD-REVIEW.continue"), "$", ("next", "2026-03-01"));
            Assert.Equal("Continue", Output(node, "fileStatus"));
            Assert.Equal("2026-03-01", Output(node, "nextReview"));
        });

        // Never reviewed: due a year after the opening; exactly on that day is not overdue.
        HardshipApplication onTime = Example with { ExistingFile = new ExistingFile { Opened = new LocalDate(2024, 3, 1), Category = HardshipCategory.Relative } };
        Both(onTime, Beijing, report =>
        {
            TraceNode node = Node(report, "HD-REVIEW");
            Assert.Null(Fact(node, "file.lastReview"));
            Compared(node, "applicationDate", "2025-03-01", "≤", "reviewDue", "2025-03-01", true);
            Assert.DoesNotContain(report.Findings, f => f.MessageKey == "HD-REVIEW.overdue");
        });

        // No longer qualifying with a per-head income within 20 % above the relative line (2,000 × 1.2 = 2,400): watched.
        HardshipApplication watched = Household with
        {
            Incomes = [new IncomeRecord { Category = IncomeCategory.Wages, Amount = Money.FromYuan(86400m), Received = new LocalDate(2024, 9, 1) }],
            ExistingFile = new ExistingFile { Opened = new LocalDate(2024, 3, 1), Category = HardshipCategory.Relative },
        };
        Both(watched, TestLayer, report =>
        {
            TraceNode node = Node(report, "HD-REVIEW");
            Compared(node, "perHeadMonthly", "2400", "≤", "relapseWatchLine", "2400.0", true);
            Assert.Equal("ExitRelapseWatch", Output(node, "fileStatus"));
            Args(Single(report, "HD-REVIEW.exitWatch"), "$", ("next", "2026-03-01"));
        });

        // Not a member any more: an exit, the watch line not compared.
        Both(watched with { Applicant = watched.Applicant with { UnionMember = false } }, TestLayer, report =>
        {
            TraceNode node = Node(report, "HD-REVIEW");
            Assert.DoesNotContain(node.Comparisons, c => c.Right == "relapseWatchLine");
            Assert.Equal("Exit", Output(node, "fileStatus"));
            Assert.Null(Output(node, "nextReview"));
            Args(Single(report, "HD-REVIEW.exit"), "$");
        });
    }

    [Fact]
    public void HD_ASSISTANCE_names_each_kind_recommended_in_order()
    {
        Both(Example, Beijing, report => Assert.Equal(
            ["HD-ASSISTANCE.LivingAid", "HD-ASSISTANCE.SchoolingAid", "HD-ASSISTANCE.AutumnSchoolGrant", "HD-ASSISTANCE.MedicalAid", "HD-ASSISTANCE.HolidayRelief"],
            report.For("HD-ASSISTANCE").Select(f => f.MessageKey)));
    }

    private static ParameterLayer Layer(string parameters)
    {
        var layer = ParameterLayer.Parse("{ \"description\": \"test\", \"parameters\": " + parameters + " }", "test");
        Assert.True(layer.IsValid, string.Join("; ", layer.Issues));
        return layer.Value!;
    }

    /// <summary>Runs <paramref name="check"/> on the report of the built-in evaluator and on that of the general engine.</summary>
    private static void Both(HardshipApplication application, JurisdictionProfile profile, Action<RuleReport> check)
    {
        check(HardshipEngine.Default.Assess(application, Day, profile).Report);
        check(General.Assess(application, Day, profile).Report);
    }

    private static Finding Single(RuleReport report, string key) => Assert.Single(report.Findings, f => f.MessageKey == key);

    private static void Args(Finding finding, string path, params (string Name, string Value)[] args)
    {
        Assert.Equal(path, finding.Path);
        Assert.Equal(args.Select(a => a.Name + "=" + a.Value), finding.Arguments.Select(a => a.Key + "=" + a.Value));
    }
}

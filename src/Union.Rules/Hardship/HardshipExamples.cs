using NodaTime;
using Union.Domain.Common;
using Union.Domain.Hardship;

namespace Union.Rules.Hardship;

/// <summary>Example hardship applications (示例申请), for documentation, the command line and tests.</summary>
public static class HardshipExamples
{
    /// <summary>
    /// A Beijing household of three applying on 2025-03-01: the applicant employed, the spouse seriously ill and out of work,
    /// a daughter entering university; wages, union aid, a residents' basic pension, medical and education costs. Relative
    /// hardship, with the deep-hardship line missed by 185.56 yuan a head.
    /// </summary>
    public static HardshipApplication Household { get; } = new()
    {
        ApplicationDate = new LocalDate(2025, 3, 1),
        Applicant = new Applicant
        {
            UnionMember = true,
            MemberSince = new LocalDate(2012, 5, 1),
            EmploymentStart = new LocalDate(2010, 3, 1),
            Region = RegionCode.Beijing,
        },
        Members =
        [
            new HouseholdMember { Relationship = Relationship.Self, BirthDate = new LocalDate(1978, 4, 12), Employed = true },
            new HouseholdMember { Relationship = Relationship.Spouse, BirthDate = new LocalDate(1980, 9, 3), SeriousIllness = true, UnableToWork = true },
            new HouseholdMember { Relationship = Relationship.Child, BirthDate = new LocalDate(2006, 7, 20), Studying = StudyLevel.Undergraduate, EnteringHigherEducation = true },
        ],
        Incomes =
        [
            new IncomeRecord { Category = IncomeCategory.Wages, Amount = Money.FromYuan(80000m), Received = new LocalDate(2025, 2, 28) },
            new IncomeRecord { Category = IncomeCategory.UnionAid, Amount = Money.FromYuan(2000m), Received = new LocalDate(2024, 12, 20) },
            new IncomeRecord { Category = IncomeCategory.ResidentsBasicPension, Amount = Money.FromYuan(2400m), Received = new LocalDate(2024, 12, 31) },
            new IncomeRecord { Category = IncomeCategory.HolidayGift, Amount = Money.FromYuan(300m), Received = new LocalDate(2025, 1, 20) },
        ],
        Expenditures =
        [
            new RigidExpenditure { Category = ExpenditureCategory.Medical, Amount = Money.FromYuan(18600m), Paid = new LocalDate(2024, 10, 15) },
            new RigidExpenditure { Category = ExpenditureCategory.Education, Amount = Money.FromYuan(6500m), Paid = new LocalDate(2024, 9, 1), EducationLevel = StudyLevel.Undergraduate },
        ],
        Assets = new HouseholdAssets { Homes = [new Home { Area = 58m }] },
    };
}

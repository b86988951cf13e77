using NodaTime;
using Union.Domain.Common;
using Union.Domain.Hardship;

namespace Union.Rules.Hardship;

/// <summary>
/// A seeded synthetic population of household files (模拟困难职工档案), for benchmarks and batch trials: the same seed gives
/// the same households. The mix is chosen so that every category, the exclusions and the imputed income all occur, not to
/// resemble any real register.
/// </summary>
public static class HardshipPopulation
{
    /// <summary>The application date of every generated household (2025-03-01).</summary>
    public static LocalDate ApplicationDate { get; } = new(2025, 3, 1);

    /// <summary>Generates households.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The households, lazily.</returns>
    public static IEnumerable<HardshipApplication> Generate(int count, int seed = 20200531)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Iterate(count, seed);
    }

    private static IEnumerable<HardshipApplication> Iterate(int count, int seed)
    {
#pragma warning disable CA5394 // Synthetic data, not security: a seeded generator is the point.
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            yield return One(random);
        }
    }

    private static HardshipApplication One(Random r)
    {
        LocalDate day = ApplicationDate;
        int size = r.Next(1, 6);
        var members = new HouseholdMember[size];
        for (int m = 0; m < size; m++)
        {
            bool child = m >= 2;
            int age = child ? r.Next(3, 24) : r.Next(25, 70);
            int roll = r.Next(100);
            members[m] = new HouseholdMember
            {
                Relationship = m == 0 ? Relationship.Self : m == 1 ? Relationship.Spouse : Relationship.Child,
                BirthDate = day.PlusYears(-age).PlusDays(-r.Next(365)),
                Employed = !child && roll < 65,
                IncomeProven = roll is >= 65 and < 75,
                SeriousIllness = roll is >= 90 and < 95,
                DisabilityGrade = roll >= 97 ? r.Next(1, 5) : null,
                LaidOffInClosure = !child && roll == 96,
                Studying = child ? (age < 6 ? StudyLevel.Preschool : age < 12 ? StudyLevel.Primary : age < 15 ? StudyLevel.JuniorSecondary : age < 18 ? StudyLevel.SeniorSecondary : age < 22 ? StudyLevel.Undergraduate : StudyLevel.None) : StudyLevel.None,
                EnteringHigherEducation = child && age == 18,
                UnableToWork = roll is >= 95 and < 97,
            };
        }

        int incomes = r.Next(1, 5);
        var income = new IncomeRecord[incomes];
        for (int k = 0; k < incomes; k++)
        {
            income[k] = new IncomeRecord
            {
                Category = (IncomeCategory)r.Next(12),
                Amount = Money.FromFen(r.Next(0, 8_000_000)),
                Received = day.PlusDays(-r.Next(1, 380)),
            };
        }

        int costs = r.Next(0, 4);
        var expenditure = new RigidExpenditure[costs];
        for (int k = 0; k < costs; k++)
        {
            var category = (ExpenditureCategory)r.Next(6);
            expenditure[k] = new RigidExpenditure
            {
                Category = category,
                Amount = Money.FromFen(r.Next(0, 1_000_000)),
                Paid = day.PlusDays(-r.Next(1, 380)),
                EducationLevel = category == ExpenditureCategory.Education ? (StudyLevel)r.Next(1, 8) : null,
            };
        }

        int flags = r.Next(200);
        return new HardshipApplication
        {
            ApplicationDate = day,
            Applicant = new Applicant
            {
                UnionMember = flags != 0,
                MigrantWorker = flags % 7 == 0,
                LivesInCity = true,
                EmploymentStart = day.PlusMonths(-r.Next(0, 240)),
            },
            Members = members,
            OnSubsistenceAllowance = flags % 5 == 0,
            Incomes = income,
            Expenditures = expenditure,
            Accidents = flags % 11 == 0 ? [new AccidentEvent { Date = day.PlusDays(-r.Next(1, 300)), Losses = Money.FromFen(r.Next(0, 10_000_000)), Insurance = Money.FromFen(r.Next(0, 2_000_000)) }] : [],
            Assets = new HouseholdAssets
            {
                Homes = flags % 13 == 0 ? [new Home { Area = r.Next(30, 120) }, new Home { Area = r.Next(30, 120) }] : [new Home { Area = r.Next(20, 100) }],
                Vehicles = flags % 17 == 0 ? [new Vehicle { MobilityAid = flags % 2 == 0 }] : [],
                Shareholdings = flags == 199 ? [new Shareholding { Controlling = true }] : [],
            },
            Conduct = new HouseholdConduct { ConcealsIncome = flags == 198 },
        };
#pragma warning restore CA5394
    }
}

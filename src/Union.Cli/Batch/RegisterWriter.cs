using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;
using SpreadCheetah;
using Union.Domain.Hardship;

namespace Union.Cli.Batch;

/// <summary>Writes applications in the register's layout (<see cref="RegisterLayout"/>): a household's first row, then one row per further item.</summary>
internal sealed class RegisterWriter : IDisposable
{
    private readonly StreamWriter? _csv;
    private readonly FileStream? _file;
    private readonly Spreadsheet? _book;
    private long _households;

    public RegisterWriter(string path, bool xlsx)
    {
        if (xlsx)
        {
            _file = File.Create(path);
            _book = XlsxSink.Wait(Spreadsheet.CreateNewAsync(_file));
            XlsxSink.Wait(_book.StartWorksheetAsync(RegisterLayout.SheetName));
            XlsxSink.Wait(_book.AddHeaderRowAsync(RegisterLayout.Columns.Select(c => c.Chinese).ToArray()));
        }
        else
        {
            _csv = new StreamWriter(path, false, new UTF8Encoding(true), 1 << 16);
            _csv.Write(Csv.Line(RegisterLayout.Columns.Select(c => c.Chinese)) + "\r\n");
        }
    }

    /// <summary>Writes one household.</summary>
    /// <param name="a">The application.</param>
    public void Write(HardshipApplication a)
    {
        _households++;
        foreach (string?[] row in Rows(a, _households.ToString("D7", CultureInfo.InvariantCulture)))
        {
            if (_csv is not null)
            {
                _csv.Write(Csv.Line(row));
                _csv.Write("\r\n");
            }
            else
            {
                XlsxSink.Wait(_book!.AddRowAsync(row.Select(c => new DataCell(c)).ToArray()));
            }
        }
    }

    /// <summary>The rows of one household in the register's columns.</summary>
    /// <param name="a">The application.</param>
    /// <param name="reference">The file number.</param>
    /// <returns>The rows.</returns>
    public static List<string?[]> Rows(HardshipApplication a, string? reference)
    {
        int n = new[]
        {
            1, a.Members.Count, a.Incomes.Count, a.Expenditures.Count, a.Accidents.Count, a.Assets.Homes.Count, a.Assets.Vehicles.Count,
            a.Assets.Businesses.Count, a.Assets.Shareholdings.Count, a.Assets.PrivateSchools.Count,
        }.Max();
        var rows = new List<string?[]>(n);
        for (int i = 0; i < n; i++)
        {
            rows.Add(new string?[RegisterLayout.Columns.Length]);
        }

        void Set(int row, string english, string? value) => rows[row][Index(english)] = value;
        string Yes(bool b) => b ? "是" : "否";
        string Day(LocalDate d) => LocalDatePattern.Iso.Format(d);
        string Label((string Label, string Json)[] choices, string json) => choices.First(c => c.Json == json).Label;
        string Money(Union.Domain.Common.Money m) => m.Yuan.ToString(CultureInfo.InvariantCulture);

        Set(0, "ref", reference);
        Set(0, "applicationDate", Day(a.ApplicationDate));
        Applicant p = a.Applicant;
        Set(0, "region", p.Region?.ToString());
        Set(0, "unionMember", Yes(p.UnionMember));
        Set(0, "memberSince", p.MemberSince is { } ms ? Day(ms) : null);
        Set(0, "employmentStart", p.EmploymentStart is { } es ? Day(es) : null);
        Set(0, "migrantWorker", Yes(p.MigrantWorker));
        Set(0, "livesInCity", p.LivesInCity is { } lc ? Yes(lc) : null);
        Set(0, "onSubsistenceAllowance", Yes(a.OnSubsistenceAllowance));
        Set(0, "studyAbroadSelfFunded", a.Assets.StudyAbroadSelfFunded ? "是" : null);
        Set(0, "refusesCooperation", a.Conduct.RefusesCooperation ? "是" : null);
        Set(0, "concealsIncome", a.Conduct.ConcealsIncome ? "是" : null);
        Set(0, "falseMaterial", a.Conduct.FalseMaterial ? "是" : null);
        if (a.ExistingFile is { } f)
        {
            Set(0, "fileOpened", Day(f.Opened));
            Set(0, "fileCategory", Label(RegisterLayout.Categories, Json(f.Category)));
            Set(0, "lastReview", f.LastReview is { } lr ? Day(lr) : null);
            Set(0, "exited", Yes(f.Exited));
        }

        for (int i = 0; i < a.Members.Count; i++)
        {
            HouseholdMember m = a.Members[i];
            Set(i, "relationship", Label(RegisterLayout.Relationships, Json(m.Relationship)));
            Set(i, "birthDate", Day(m.BirthDate));
            Set(i, "unableToWork", Yes(m.UnableToWork));
            Set(i, "studying", Label(RegisterLayout.StudyLevels, Json(m.Studying)));
            Set(i, "enteringHigherEducation", Yes(m.EnteringHigherEducation));
            Set(i, "employed", Yes(m.Employed));
            Set(i, "incomeProven", Yes(m.IncomeProven));
            Set(i, "disabilityGrade", m.DisabilityGrade?.ToString(CultureInfo.InvariantCulture));
            Set(i, "seriousIllness", Yes(m.SeriousIllness));
            Set(i, "laidOffInClosure", Yes(m.LaidOffInClosure));
            Set(i, "refusesWork", Yes(m.RefusesWork));
        }

        for (int i = 0; i < a.Incomes.Count; i++)
        {
            IncomeRecord r = a.Incomes[i];
            Set(i, "incomeCategory", Label(RegisterLayout.IncomeCategories, Json(r.Category)));
            Set(i, "incomeAmount", Money(r.Amount));
            Set(i, "incomeReceived", Day(r.Received));
        }

        for (int i = 0; i < a.Expenditures.Count; i++)
        {
            RigidExpenditure e = a.Expenditures[i];
            Set(i, "expenditureCategory", Label(RegisterLayout.ExpenditureCategories, Json(e.Category)));
            Set(i, "expenditureAmount", Money(e.Amount));
            Set(i, "expenditurePaid", Day(e.Paid));
            Set(i, "educationLevel", e.EducationLevel is { } l ? Label(RegisterLayout.StudyLevels, Json(l)) : null);
        }

        for (int i = 0; i < a.Accidents.Count; i++)
        {
            AccidentEvent e = a.Accidents[i];
            Set(i, "accidentDate", Day(e.Date));
            Set(i, "accidentDescription", e.Description);
            Set(i, "accidentLosses", Money(e.Losses));
            Set(i, "accidentCompensation", Money(e.Compensation));
            Set(i, "accidentInsurance", Money(e.Insurance));
            Set(i, "accidentAid", Money(e.Aid));
        }

        HouseholdAssets s = a.Assets;
        for (int i = 0; i < s.Homes.Count; i++)
        {
            Set(i, "homeArea", s.Homes[i].Area.ToString(CultureInfo.InvariantCulture));
        }

        for (int i = 0; i < s.Vehicles.Count; i++)
        {
            Set(i, "vehicle", s.Vehicles[i].MobilityAid ? "代步车" : "机动车");
        }

        for (int i = 0; i < s.Businesses.Count; i++)
        {
            Set(i, "businessEmployees", s.Businesses[i].Employees.ToString(CultureInfo.InvariantCulture));
        }

        for (int i = 0; i < s.Shareholdings.Count; i++)
        {
            Set(i, "controllingShareholder", Yes(s.Shareholdings[i].Controlling));
        }

        for (int i = 0; i < s.PrivateSchools.Count; i++)
        {
            Set(i, "privateSchoolFee", Money(s.PrivateSchools[i].Fee));
            Set(i, "publicSchoolFee", Money(s.PrivateSchools[i].PublicFee));
        }

        return rows;
    }

    private static int Index(string english) => Array.FindIndex(RegisterLayout.Columns, c => c.English == english);

    private static string Json<T>(T value)
        where T : struct, Enum
    {
        string name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public void Dispose()
    {
        if (_book is not null)
        {
            XlsxSink.Wait(_book.FinishAsync());
            _book.Dispose();
        }

        _file?.Dispose();
        _csv?.Dispose();
    }
}

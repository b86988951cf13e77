using System.Text;
using System.Text.Json;
using Union.Cli.Batch;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Domain.Serialization;
using Union.Rules.Engine;
using Union.Rules.Hardship;

namespace Union.Cli.Tests;

/// <summary>
/// The fast reader agrees with the library's reader on every line: when it reads a line, the library reads the same
/// application (and the screener the same decision); every line the library rejects, the fast reader declines.
/// </summary>
public class FastHouseholdReaderTests
{
    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "-1", "1", "4", "5", "1.5", "1e3", "1E2", "0.001", "-0", "1000000000000", "1000000000000.01", "100000", "100000.01",
        "\"x\"", "\"\"", "\"1899-12-31\"", "\"1900-01-01\"", "\"2200-12-31\"", "\"2201-01-01\"", "\"2025-02-29\"", "\"2024-02-29\"", "\"2025-3-01\"",
        "\"\\u0073elf\"", "\"self\"", "\"Self\"", "\"deep\"", "\"110000\"", "\"999999\"", "110000", "[]", "{}", "[{}]", "\"wages\"", "\"\uFFFD\"",
    ];

    private static readonly string[] Names =
    [
        "applicationDate", "applicant", "members", "incomes", "expenditures", "assets", "conduct", "accidents", "existingFile", "region", "birthDate",
        "disabilityGrade", "amount", "area", "employees", "fee", "publicFee", "netLosses", "ApplicationDate", "unknown", "relationship", "category",
    ];

    private static IEnumerable<string> Lines()
    {
        foreach (HardshipApplication a in HardshipPopulation.Generate(300, 5))
        {
            yield return JsonSerializer.Serialize(a, DomainJsonContext.Default.HardshipApplication);
        }

        // Every part of an application the generator leaves out.
        HardshipApplication rich = HardshipPopulation.Generate(1, 9).First() with
        {
            Applicant = new Applicant { UnionMember = true, MemberSince = new NodaTime.LocalDate(2001, 1, 1), MigrantWorker = true, LivesInCity = false, Region = RegionCode.Parse("110000") },
            ExistingFile = new ExistingFile { Opened = new NodaTime.LocalDate(2020, 5, 1), Category = HardshipCategory.Deep, LastReview = new NodaTime.LocalDate(2024, 5, 1), Exited = true },
            Accidents = [new AccidentEvent { Date = new NodaTime.LocalDate(2024, 6, 1), Description = "火灾", Losses = Money.FromYuan(50000m), Compensation = Money.FromYuan(1000m), Aid = Money.FromYuan(20.5m) }],
            Assets = new HouseholdAssets
            {
                Homes = [new Home { Area = 99.5m }], Vehicles = [new Vehicle { MobilityAid = true }], Businesses = [new Business { Employees = 3 }],
                Shareholdings = [new Shareholding { Controlling = false }], PrivateSchools = [new PrivateSchooling { Fee = Money.FromYuan(30000m), PublicFee = Money.FromYuan(3000m) }],
                StudyAbroadSelfFunded = true,
            },
            Conduct = new HouseholdConduct { RefusesCooperation = true },
        };
        yield return JsonSerializer.Serialize(rich, DomainJsonContext.Default.HardshipApplication);
        yield return HardshipDomain.Default.Write(rich);
        yield return "{\"applicationDate\":\"2025-03-01\",\"applicant\":{\"unionMember\":true},\"members\":[{\"birthDate\":\"1980-01-01\"}]}";
        yield return "{\"applicationDate\":\"2025-03-01\",\"applicant\":{},\"members\":[]}";
        yield return "{\"applicationDate\":\"2025-03-01\",\"members\":[{\"birthDate\":\"1980-01-01\"}]}";
        yield return "{\"applicationDate\":\"2025-03-01\",\"applicant\":{\"unionMember\":true},\"members\":[{\"birthDate\":\"1980-01-01\"}]} x";
        yield return "{\"applicationDate\":\"2025-03-01\",\"applicant\":{\"unionMember\":true},\"members\":[{\"birthDate\":\"1980-01-01\"}],}";
        yield return "{\"applicationDate\":\"2025-03-01\",\"applicationDate\":\"2025-03-02\",\"applicant\":{\"unionMember\":true},\"members\":[{\"birthDate\":\"1980-01-01\"}]}";
        yield return "{\"applicationDate\":\"2025-03-01\",/*c*/\"applicant\":{\"unionMember\":true},\"members\":[{\"birthDate\":\"1980-01-01\"}]}";
    }

    /// <summary>A seeded mutation of a line: a value or a name replaced, a byte changed, dropped or repeated, a property repeated.</summary>
    private static string Mutate(string line, Random random)
    {
        switch (random.Next(6))
        {
            case 0:
            {
                // Replace the value after a random colon.
                int colon = Nth(line, ':', random);
                if (colon < 0)
                {
                    return line;
                }

                int end = ValueEnd(line, colon + 1);
                return line[..(colon + 1)] + Values[random.Next(Values.Length)] + line[end..];
            }

            case 1:
            {
                int quote = Nth(line, '"', random);
                if (quote < 0)
                {
                    return line;
                }

                int close = line.IndexOf('"', quote + 1);
                return close < 0 ? line : line[..(quote + 1)] + Names[random.Next(Names.Length)] + line[close..];
            }

            case 2:
            {
                byte[] bytes = Encoding.UTF8.GetBytes(line);
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                return Encoding.UTF8.GetString(bytes);
            }

            case 3:
            {
                int at = random.Next(line.Length);
                return line.Remove(at, 1);
            }

            case 4:
            {
                int at = random.Next(line.Length);
                int length = Math.Min(line.Length - at, random.Next(1, 12));
                return line.Insert(at, line.Substring(at, length));
            }

            default:
            {
                // Repeat the first property inside a random object.
                int brace = Nth(line, '{', random);
                int comma = brace < 0 ? -1 : line.IndexOf(',', brace);
                return comma < 0 ? line : line[..(brace + 1)] + line[(brace + 1)..(comma + 1)] + line[(brace + 1)..];
            }
        }
    }

    private static int Nth(string s, char c, Random random)
    {
        int count = s.Count(x => x == c);
        if (count == 0)
        {
            return -1;
        }

        int n = random.Next(count);
        int at = -1;
        for (int i = 0; i <= n; i++)
        {
            at = s.IndexOf(c, at + 1);
        }

        return at;
    }

    private static int ValueEnd(string s, int start)
    {
        int depth = 0;
        bool inString = false;
        for (int i = start; i < s.Length; i++)
        {
            char c = s[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                    if (depth == 0)
                    {
                        return i + 1;
                    }
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    if (depth == 0)
                    {
                        return i;
                    }

                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
                case ',' when depth == 0:
                    return i;
            }
        }

        return s.Length;
    }

    private static void Agree(byte[] utf8, ref int read, ref int declined)
    {
        bool fast = FastHouseholdReader.TryRead(utf8, out HardshipApplication? application);
        var library = HardshipDomain.Default.Read(utf8);
        if (!fast)
        {
            declined++;
            return;
        }

        read++;
        Assert.True(library.IsValid, $"the fast reader read a line the library rejects: {Encoding.UTF8.GetString(utf8)} — {string.Join("; ", library.Issues)}");
        Assert.Equal(
            JsonSerializer.Serialize(library.Value!, DomainJsonContext.Default.HardshipApplication),
            JsonSerializer.Serialize(application!, DomainJsonContext.Default.HardshipApplication));
        var screener = HardshipScreener.Create(JurisdictionProfile.For(RegionCode.Parse("110000")), library.Value!.ApplicationDate);
        Assert.Equal(screener.Screen(library.Value!), screener.Screen(application!));
    }

    [Fact]
    public void Generated_lines_are_read_by_the_fast_reader_exactly_as_by_the_library()
    {
        int read = 0, declined = 0;
        foreach (string line in Lines())
        {
            Agree(Encoding.UTF8.GetBytes(line), ref read, ref declined);
        }

        // The generated households are in the library's plain form: the fast reader reads every one of them.
        Assert.True(read >= 302, $"read {read}, declined {declined}");
    }

    [Fact]
    public void Mutated_lines_are_read_alike_or_declined_and_every_line_the_library_rejects_is_declined()
    {
        var random = new Random(20200531);
        string[] lines = [.. Lines()];
        int read = 0, declined = 0;
        for (int i = 0; i < 20_000; i++)
        {
            string line = lines[random.Next(lines.Length)];
            int mutations = random.Next(1, 4);
            for (int m = 0; m < mutations; m++)
            {
                line = Mutate(line, random);
            }

            Agree(Encoding.UTF8.GetBytes(line), ref read, ref declined);
        }

        // Both sides are exercised: mutated lines still read (a changed value in range, a repeated array item) and many declined.
        Assert.True(read > 100, $"read {read}");
        Assert.True(declined > 2_000, $"declined {declined}");
    }

    [Theory]
    [InlineData("\"amount\":0", true)]
    [InlineData("\"amount\":1000000000000", true)]
    [InlineData("\"amount\":1000000000000.01", false)]
    [InlineData("\"amount\":-0.01", false)]
    [InlineData("\"amount\":1e3", false)]
    public void Amounts_on_and_past_the_limits(string amount, bool fast)
    {
        string line = "{\"applicationDate\":\"2025-03-01\",\"applicant\":{\"unionMember\":true},\"members\":[{\"birthDate\":\"1980-01-01\"}],\"incomes\":[{\"category\":\"wages\"," + amount + ",\"received\":\"2025-01-01\"}]}";
        Assert.Equal(fast, FastHouseholdReader.TryRead(Encoding.UTF8.GetBytes(line), out _));
        int read = 0, declined = 0;
        Agree(Encoding.UTF8.GetBytes(line), ref read, ref declined);
    }

    [Theory]
    [InlineData("1900-01-01", true)]
    [InlineData("1899-12-31", false)]
    [InlineData("2200-12-31", true)]
    [InlineData("2201-01-01", false)]
    [InlineData("2024-02-29", true)]
    [InlineData("2025-02-29", false)]
    public void Dates_on_and_past_the_limits(string date, bool fast)
    {
        string line = "{\"applicationDate\":\"2025-03-01\",\"applicant\":{\"unionMember\":true},\"members\":[{\"birthDate\":\"" + date + "\"}]}";
        Assert.Equal(fast, FastHouseholdReader.TryRead(Encoding.UTF8.GetBytes(line), out _));
        int read = 0, declined = 0;
        Agree(Encoding.UTF8.GetBytes(line), ref read, ref declined);
    }
}

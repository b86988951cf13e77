using System.Text.Json;
using System.Text.Unicode;
using NodaTime;
using Union.Domain.Common;
using Union.Domain.Hardship;
using Union.Domain.Validation;

namespace Union.Cli.Batch;

/// <summary>
/// Reads an application straight from UTF-8 JSON when the line is in the plain form the library itself writes: every property
/// known and spelled as the library spells it, once; no null, no escape, no comment; dates as yyyy-MM-dd inside the reader's
/// range; amounts, areas and counts as plain numbers inside their ranges; every list within its limit and at least one member.
/// Such a line is one the library's reader accepts, and it gives the same application. Anything else — including every line
/// the library would reject — is declined (<see langword="false"/>), and the caller reads it with the library's reader, so
/// every error reported is the library's own.
/// </summary>
internal static class FastHouseholdReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = InputLimits.MaxDepth };

    /// <summary>Reads a line, or declines it.</summary>
    /// <param name="utf8">The line.</param>
    /// <param name="application">The application, when read.</param>
    /// <returns>Whether the line was read; when false, read it with the library's reader.</returns>
    public static bool TryRead(ReadOnlySpan<byte> utf8, out HardshipApplication? application)
    {
        application = null;
        if (utf8.Length == 0 || utf8.Length > InputLimits.MaxDocumentBytes || utf8[0] != (byte)'{' || !Utf8.IsValid(utf8) || utf8.IndexOf("\uFFFD"u8) >= 0)
        {
            return false;
        }

        try
        {
            var r = new Utf8JsonReader(utf8, Options);
            if (!r.Read() || r.TokenType != JsonTokenType.StartObject || !Application(ref r, out application))
            {
                application = null;
                return false;
            }

            // Only white space may follow.
            if (r.Read())
            {
                application = null;
                return false;
            }

            return true;
        }
        catch (JsonException)
        {
            application = null;
            return false;
        }
    }

    private static bool Application(ref Utf8JsonReader r, out HardshipApplication? application)
    {
        application = null;
        LocalDate? date = null;
        Applicant? applicant = null;
        HouseholdMember[]? members = null;
        IncomeRecord[]? incomes = null;
        RigidExpenditure[]? expenditures = null;
        HouseholdAssets? assets = null;
        HouseholdConduct? conduct = null;
        AccidentEvent[]? accidents = null;
        ExistingFile? file = null;
        bool subsistence = false;
        int seen = 0;
        while (Next(ref r, out int bit, ref seen, "applicationDate"u8, "applicant"u8, "members"u8, "onSubsistenceAllowance"u8, "incomes"u8, "expenditures"u8, "assets"u8, "conduct"u8, "accidents"u8, "existingFile"u8))
        {
            bool ok = bit switch
            {
                0 => Date(ref r, out date),
                1 => Applicant(ref r, out applicant),
                2 => List(ref r, 100, Member, out members) && members!.Length >= 1,
                3 => Bool(ref r, out subsistence),
                4 => List(ref r, 10_000, Income, out incomes),
                5 => List(ref r, 10_000, Expenditure, out expenditures),
                6 => Assets(ref r, out assets),
                7 => Conduct(ref r, out conduct),
                8 => List(ref r, 1_000, Accident, out accidents),
                9 => File(ref r, out file),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (date is null || applicant is null || members is null)
        {
            return false;
        }

        application = new HardshipApplication
        {
            ApplicationDate = date.Value,
            Applicant = applicant,
            Members = members,
            OnSubsistenceAllowance = subsistence,
            Incomes = incomes!,
            Expenditures = expenditures!,
            Assets = assets!,
            Conduct = conduct!,
            Accidents = accidents!,
            ExistingFile = file,
        };
        return true;
    }

    /// <summary>
    /// Moves to the next property of an object: its index among the names (each allowed once) with the reader on its value;
    /// false at the end of the object. An unknown, repeated or escaped name throws, which declines the line.
    /// </summary>
    private static bool Next(ref Utf8JsonReader r, out int index, ref int seen, ReadOnlySpan<byte> n0, ReadOnlySpan<byte> n1 = default, ReadOnlySpan<byte> n2 = default, ReadOnlySpan<byte> n3 = default, ReadOnlySpan<byte> n4 = default, ReadOnlySpan<byte> n5 = default, ReadOnlySpan<byte> n6 = default, ReadOnlySpan<byte> n7 = default, ReadOnlySpan<byte> n8 = default, ReadOnlySpan<byte> n9 = default, ReadOnlySpan<byte> n10 = default)
    {
        index = -1;
        if (!r.Read())
        {
            throw new JsonException();
        }

        if (r.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        if (r.TokenType != JsonTokenType.PropertyName || r.ValueIsEscaped || r.HasValueSequence)
        {
            throw new JsonException();
        }

        ReadOnlySpan<byte> name = r.ValueSpan;
        index = name.SequenceEqual(n0) ? 0 : name.SequenceEqual(n1) ? 1 : name.SequenceEqual(n2) ? 2 : name.SequenceEqual(n3) ? 3
            : name.SequenceEqual(n4) ? 4 : name.SequenceEqual(n5) ? 5 : name.SequenceEqual(n6) ? 6 : name.SequenceEqual(n7) ? 7
            : name.SequenceEqual(n8) ? 8 : name.SequenceEqual(n9) ? 9 : name.SequenceEqual(n10) ? 10 : -1;
        if (index < 0 || name.IsEmpty || (seen & (1 << index)) != 0)
        {
            throw new JsonException();
        }

        seen |= 1 << index;
        if (!r.Read())
        {
            throw new JsonException();
        }

        return true;
    }

    private delegate bool ItemReader<T>(ref Utf8JsonReader r, out T? item);

    private static bool List<T>(ref Utf8JsonReader r, int max, ItemReader<T> item, out T[]? list)
        where T : class
    {
        list = null;
        if (r.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var items = new List<T>();
        while (r.Read())
        {
            if (r.TokenType == JsonTokenType.EndArray)
            {
                list = [.. items];
                return true;
            }

            if (items.Count == max || !item(ref r, out T? value))
            {
                return false;
            }

            items.Add(value!);
        }

        return false;
    }

    private static bool Applicant(ref Utf8JsonReader r, out Applicant? applicant)
    {
        applicant = null;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        bool member = false, migrant = false;
        bool? city = null;
        LocalDate? since = null, start = null;
        RegionCode? region = null;
        int seen = 0;
        while (Next(ref r, out int i, ref seen, "unionMember"u8, "memberSince"u8, "employmentStart"u8, "migrantWorker"u8, "livesInCity"u8, "region"u8))
        {
            bool ok = i switch
            {
                0 => Bool(ref r, out member),
                1 => Date(ref r, out since),
                2 => Date(ref r, out start),
                3 => Bool(ref r, out migrant),
                4 => NullableBool(ref r, out city),
                5 => Region(ref r, out region),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        applicant = new Applicant { UnionMember = member, MemberSince = since, EmploymentStart = start, MigrantWorker = migrant, LivesInCity = city, Region = region };
        return true;
    }

    private static bool Member(ref Utf8JsonReader r, out HouseholdMember? member)
    {
        member = null;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        Relationship relationship = default;
        LocalDate? birth = null;
        bool unable = false, entering = false, employed = false, proven = false, ill = false, laidOff = false, refuses = false;
        StudyLevel studying = default;
        int? grade = null;
        int seen = 0;
        while (Next(ref r, out int i, ref seen, "relationship"u8, "birthDate"u8, "unableToWork"u8, "studying"u8, "enteringHigherEducation"u8, "employed"u8, "incomeProven"u8, "disabilityGrade"u8, "seriousIllness"u8, "laidOffInClosure"u8, "refusesWork"u8))
        {
            bool ok = i switch
            {
                0 => Enum(ref r, RelationshipNames, out relationship),
                1 => Date(ref r, out birth),
                2 => Bool(ref r, out unable),
                3 => Enum(ref r, StudyNames, out studying),
                4 => Bool(ref r, out entering),
                5 => Bool(ref r, out employed),
                6 => Bool(ref r, out proven),
                7 => Integer(ref r, 1, 4, out int g) && (grade = g) is not null,
                8 => Bool(ref r, out ill),
                9 => Bool(ref r, out laidOff),
                10 => Bool(ref r, out refuses),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (birth is null)
        {
            return false;
        }

        member = new HouseholdMember
        {
            Relationship = relationship, BirthDate = birth.Value, UnableToWork = unable, Studying = studying, EnteringHigherEducation = entering,
            Employed = employed, IncomeProven = proven, DisabilityGrade = grade, SeriousIllness = ill, LaidOffInClosure = laidOff, RefusesWork = refuses,
        };
        return true;
    }

    private static bool Income(ref Utf8JsonReader r, out IncomeRecord? income)
    {
        income = null;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        IncomeCategory category = default;
        Money? amount = null;
        LocalDate? received = null;
        int seen = 0;
        while (Next(ref r, out int i, ref seen, "category"u8, "amount"u8, "received"u8))
        {
            bool ok = i switch
            {
                0 => Enum(ref r, IncomeNames, out category),
                1 => Amount(ref r, out amount),
                2 => Date(ref r, out received),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (amount is null || received is null)
        {
            return false;
        }

        income = new IncomeRecord { Category = category, Amount = amount.Value, Received = received.Value };
        return true;
    }

    private static bool Expenditure(ref Utf8JsonReader r, out RigidExpenditure? expenditure)
    {
        expenditure = null;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        ExpenditureCategory category = default;
        Money? amount = null;
        LocalDate? paid = null;
        StudyLevel? level = null;
        int seen = 0;
        while (Next(ref r, out int i, ref seen, "category"u8, "amount"u8, "paid"u8, "educationLevel"u8))
        {
            bool ok = i switch
            {
                0 => Enum(ref r, ExpenditureNames, out category),
                1 => Amount(ref r, out amount),
                2 => Date(ref r, out paid),
                3 => Enum(ref r, StudyNames, out StudyLevel l) && (level = l) is not null,
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (amount is null || paid is null)
        {
            return false;
        }

        expenditure = new RigidExpenditure { Category = category, Amount = amount.Value, Paid = paid.Value, EducationLevel = level };
        return true;
    }

    private static bool Accident(ref Utf8JsonReader r, out AccidentEvent? accident)
    {
        accident = null;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        LocalDate? date = null;
        string? description = null;
        Money? losses = null, compensation = null, insurance = null, aid = null;
        int seen = 0;
        while (Next(ref r, out int i, ref seen, "date"u8, "description"u8, "losses"u8, "compensation"u8, "insurance"u8, "aid"u8, "netLosses"u8))
        {
            bool ok = i switch
            {
                0 => Date(ref r, out date),
                1 => Text(ref r, out description),
                2 => Amount(ref r, out losses),
                3 => Amount(ref r, out compensation),
                4 => Amount(ref r, out insurance),
                5 => Amount(ref r, out aid),
                6 => Amount(ref r, out _),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (date is null || losses is null)
        {
            return false;
        }

        accident = new AccidentEvent
        {
            Date = date.Value, Description = description, Losses = losses.Value, Compensation = compensation ?? default, Insurance = insurance ?? default, Aid = aid ?? default,
        };
        return true;
    }

    private static bool Assets(ref Utf8JsonReader r, out HouseholdAssets? assets)
    {
        assets = null;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        Home[]? homes = null;
        Vehicle[]? vehicles = null;
        Business[]? businesses = null;
        Shareholding[]? shares = null;
        PrivateSchooling[]? schools = null;
        bool abroad = false;
        int seen = 0;
        while (Next(ref r, out int i, ref seen, "homes"u8, "vehicles"u8, "businesses"u8, "shareholdings"u8, "privateSchools"u8, "studyAbroadSelfFunded"u8))
        {
            bool ok = i switch
            {
                0 => List(ref r, 1_000, HomeOf, out homes),
                1 => List(ref r, 1_000, VehicleOf, out vehicles),
                2 => List(ref r, 1_000, BusinessOf, out businesses),
                3 => List(ref r, 1_000, ShareOf, out shares),
                4 => List(ref r, 1_000, SchoolOf, out schools),
                5 => Bool(ref r, out abroad),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        assets = new HouseholdAssets { Homes = homes!, Vehicles = vehicles!, Businesses = businesses!, Shareholdings = shares!, PrivateSchools = schools!, StudyAbroadSelfFunded = abroad };
        return true;
    }

    private static bool HomeOf(ref Utf8JsonReader r, out Home? home)
    {
        home = null;
        decimal area = 0m;
        int seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (Next(ref r, out int i, ref seen, "area"u8))
        {
            if (!Decimal(ref r, 0m, 100_000m, out area))
            {
                return false;
            }
        }

        home = new Home { Area = area };
        return true;
    }

    private static bool VehicleOf(ref Utf8JsonReader r, out Vehicle? vehicle)
    {
        vehicle = null;
        bool aid = false;
        int seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (Next(ref r, out int i, ref seen, "mobilityAid"u8))
        {
            if (!Bool(ref r, out aid))
            {
                return false;
            }
        }

        vehicle = new Vehicle { MobilityAid = aid };
        return true;
    }

    private static bool BusinessOf(ref Utf8JsonReader r, out Business? business)
    {
        business = null;
        int employees = 0;
        int seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (Next(ref r, out int i, ref seen, "employees"u8))
        {
            if (!Integer(ref r, 0, InputLimits.MaxHeadcount, out employees))
            {
                return false;
            }
        }

        business = new Business { Employees = employees };
        return true;
    }

    private static bool ShareOf(ref Utf8JsonReader r, out Shareholding? share)
    {
        share = null;
        bool controlling = false;
        int seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (Next(ref r, out int i, ref seen, "controlling"u8))
        {
            if (!Bool(ref r, out controlling))
            {
                return false;
            }
        }

        share = new Shareholding { Controlling = controlling };
        return true;
    }

    private static bool SchoolOf(ref Utf8JsonReader r, out PrivateSchooling? school)
    {
        school = null;
        Money? fee = null, publicFee = null;
        int seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (Next(ref r, out int i, ref seen, "fee"u8, "publicFee"u8))
        {
            if (!(i == 0 ? Amount(ref r, out fee) : Amount(ref r, out publicFee)))
            {
                return false;
            }
        }

        if (fee is null || publicFee is null)
        {
            return false;
        }

        school = new PrivateSchooling { Fee = fee.Value, PublicFee = publicFee.Value };
        return true;
    }

    private static bool Conduct(ref Utf8JsonReader r, out HouseholdConduct? conduct)
    {
        conduct = null;
        bool refuses = false, conceals = false, falseMaterial = false;
        int seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (Next(ref r, out int i, ref seen, "refusesCooperation"u8, "concealsIncome"u8, "falseMaterial"u8))
        {
            bool ok = i switch
            {
                0 => Bool(ref r, out refuses),
                1 => Bool(ref r, out conceals),
                2 => Bool(ref r, out falseMaterial),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        conduct = new HouseholdConduct { RefusesCooperation = refuses, ConcealsIncome = conceals, FalseMaterial = falseMaterial };
        return true;
    }

    private static bool File(ref Utf8JsonReader r, out ExistingFile? file)
    {
        file = null;
        LocalDate? opened = null, last = null;
        HardshipCategory category = default;
        bool exited = false;
        int seen = 0;
        if (r.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (Next(ref r, out int i, ref seen, "opened"u8, "category"u8, "lastReview"u8, "exited"u8))
        {
            bool ok = i switch
            {
                0 => Date(ref r, out opened),
                1 => Enum(ref r, CategoryNames, out category),
                2 => Date(ref r, out last),
                3 => Bool(ref r, out exited),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        if (opened is null)
        {
            return false;
        }

        file = new ExistingFile { Opened = opened.Value, Category = category, LastReview = last, Exited = exited };
        return true;
    }

    private static bool Bool(ref Utf8JsonReader r, out bool value)
    {
        value = r.TokenType == JsonTokenType.True;
        return r.TokenType is JsonTokenType.True or JsonTokenType.False;
    }

    private static bool NullableBool(ref Utf8JsonReader r, out bool? value)
    {
        bool ok = Bool(ref r, out bool b);
        value = ok ? b : null;
        return ok;
    }

    /// <summary>A date as yyyy-MM-dd, a real day, inside the reader's range.</summary>
    private static bool Date(ref Utf8JsonReader r, out LocalDate? date)
    {
        date = null;
        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped || r.HasValueSequence)
        {
            return false;
        }

        ReadOnlySpan<byte> s = r.ValueSpan;
        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-'
            || !Digits(s[..4], out int year) || !Digits(s.Slice(5, 2), out int month) || !Digits(s.Slice(8, 2), out int day)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(1, year), month))
        {
            return false;
        }

        var d = new LocalDate(year, month, day);
        if (d < InputLimits.MinDate || d > InputLimits.MaxDate)
        {
            return false;
        }

        date = d;
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        foreach (byte b in s)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return true;
    }

    /// <summary>A plain number (digits and at most one point; no sign, no exponent) from 0 to the money limit.</summary>
    private static bool Amount(ref Utf8JsonReader r, out Money? amount)
    {
        amount = null;
        if (!Decimal(ref r, 0m, InputLimits.MaxMoney, out decimal d))
        {
            return false;
        }

        amount = Money.FromYuan(d);
        return true;
    }

    private static bool Decimal(ref Utf8JsonReader r, decimal min, decimal max, out decimal value)
    {
        value = 0m;
        if (r.TokenType != JsonTokenType.Number || r.HasValueSequence)
        {
            return false;
        }

        ReadOnlySpan<byte> raw = r.ValueSpan;
        return raw.IndexOfAnyExcept(Decimals) < 0 && raw.Count((byte)'.') <= 1 && raw.Length <= 24
            && r.TryGetDecimal(out value) && value >= min && value <= max;
    }

    private static bool Integer(ref Utf8JsonReader r, int min, int max, out int value)
    {
        value = 0;
        if (r.TokenType != JsonTokenType.Number || r.HasValueSequence)
        {
            return false;
        }

        ReadOnlySpan<byte> raw = r.ValueSpan;
        return raw.IndexOfAnyExcept(Digits09) < 0 && raw.Length <= 9 && r.TryGetInt32(out value) && value >= min && value <= max;
    }

    private static bool Text(ref Utf8JsonReader r, out string? text)
    {
        text = null;
        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped || r.HasValueSequence || r.ValueSpan.Length > InputLimits.MaxStringLength)
        {
            return false;
        }

        text = r.GetString();
        return true;
    }

    private static bool Region(ref Utf8JsonReader r, out RegionCode? region)
    {
        region = null;
        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped || r.HasValueSequence || r.ValueSpan.Length != 6 || r.ValueSpan.IndexOfAnyExcept(Digits09) >= 0)
        {
            return false;
        }

        if (!RegionCode.TryParse(r.GetString(), out RegionCode code))
        {
            return false;
        }

        region = code;
        return true;
    }

    private static readonly System.Buffers.SearchValues<byte> Digits09 = System.Buffers.SearchValues.Create("0123456789"u8);
    private static readonly System.Buffers.SearchValues<byte> Decimals = System.Buffers.SearchValues.Create("0123456789."u8);
    private static readonly byte[][] RelationshipNames = [.. new[] { "self", "spouse", "child", "parent", "other" }.Select(System.Text.Encoding.UTF8.GetBytes)];
    private static readonly byte[][] StudyNames = [.. new[] { "none", "preschool", "primary", "juniorSecondary", "seniorSecondary", "vocational", "undergraduate", "postgraduate" }.Select(System.Text.Encoding.UTF8.GetBytes)];
    private static readonly byte[][] IncomeNames = [.. new[] { "wages", "business", "property", "pension", "benefit", "maintenance", "compensation", "unionAid", "otherTransfer", "other", "residentsBasicPension", "holidayGift" }.Select(System.Text.Encoding.UTF8.GetBytes)];
    private static readonly byte[][] ExpenditureNames = [.. new[] { "medical", "disability", "education", "housing", "longTermCare", "jobCosts" }.Select(System.Text.Encoding.UTF8.GetBytes)];
    private static readonly byte[][] CategoryNames = [.. new[] { "none", "accidentInduced", "relative", "deep" }.Select(System.Text.Encoding.UTF8.GetBytes)];

    /// <summary>An enumeration by its JSON name (the value is the name's index: each enumeration here numbers its values 0, 1, 2… in that order).</summary>
    private static bool Enum<T>(ref Utf8JsonReader r, byte[][] names, out T value)
        where T : struct, Enum
    {
        value = default;
        if (r.TokenType != JsonTokenType.String || r.ValueIsEscaped || r.HasValueSequence)
        {
            return false;
        }

        ReadOnlySpan<byte> s = r.ValueSpan;
        for (int i = 0; i < names.Length; i++)
        {
            if (s.SequenceEqual(names[i]))
            {
                value = System.Runtime.CompilerServices.Unsafe.As<int, T>(ref i);
                return true;
            }
        }

        return false;
    }
}

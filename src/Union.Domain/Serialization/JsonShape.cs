using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Union.Domain.Common;
using Union.Domain.Validation;

namespace Union.Domain.Serialization;

/// <summary>
/// Checks the shape of a JSON document against the source-generated metadata of its type before it is deserialized
/// (结构预检): the kind of every value, whole numbers and their ranges, enum names (never numbers), known and unduplicated
/// members, required members, nulls (never inside a list), list lengths, text lengths and nesting depth. Each problem is
/// reported with its JSON path and the byte offset where its value starts, so the message can give the line and column.
/// </summary>
internal static class JsonShape
{
    /// <summary>The most problems reported for one document.</summary>
    internal const int MaxFindings = 20;

    private static readonly ConditionalWeakTable<JsonTypeInfo, Shape> Shapes = new();

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create(".[]'\" /()\t\n\r\f\b\\\u0085\u2028\u2029");

    /// <summary>One problem: the path, the message key and arguments, and the byte offset of the value.</summary>
    internal readonly record struct Finding(string Path, string Key, IReadOnlyList<KeyValuePair<string, string>> Arguments, long Offset);

    private enum Kind
    {
        Any,
        Object,
        List,
        Dictionary,
        Boolean,
        Integer,
        Number,
        Text,
        Enum,
        Money,
        Custom,
    }

    /// <summary>Checks a document; returns the problems found, at most <see cref="MaxFindings"/>.</summary>
    internal static List<Finding> Check(ReadOnlySpan<byte> utf8, JsonTypeInfo root)
    {
        var walk = new Walk();
        var reader = new Utf8JsonReader(utf8, ReaderOptions(root.Options));
        try
        {
            if (!reader.Read())
            {
                walk.Add("document.empty", 0);
                return walk.Found;
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                walk.Add("document.null", reader.TokenStartIndex);
                return walk.Found;
            }

            walk.Visit(ref reader, ShapeOf(root), nullable: false, member: null);
            while (reader.Read())
            {
                // Trailing comments are skipped; anything else makes the reader throw.
            }
        }
        catch (JsonException ex)
        {
            walk.AddReaderError(ex, utf8);
        }
        catch (InvalidOperationException)
        {
            walk.Add("string.invalidEscape", reader.TokenStartIndex);
        }
        catch (StopWalk)
        {
            // Enough problems found.
        }

        return walk.Found;
    }

    /// <summary>Finds the byte offset of the value at each of the given JSON paths (for issues found after reading).</summary>
    internal static Dictionary<string, long> Locate(ReadOnlySpan<byte> utf8, JsonSerializerOptions options, IReadOnlyCollection<string> paths)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        if (paths.Count == 0)
        {
            return found;
        }

        var wanted = new HashSet<string>(paths, StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8, ReaderOptions(options));
        try
        {
            if (reader.Read())
            {
                LocateValue(ref reader, [], wanted, found);
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Positions are a courtesy: a document that cannot be walked keeps its issues without them.
        }

        return found;
    }

    private static void LocateValue(ref Utf8JsonReader r, List<Segment> path, HashSet<string> wanted, Dictionary<string, long> found)
    {
        string p = Format(path);
        if (wanted.Contains(p))
        {
            found.TryAdd(p, r.TokenStartIndex);
        }

        if (r.TokenType == JsonTokenType.StartObject)
        {
            while (r.Read() && r.TokenType != JsonTokenType.EndObject)
            {
                path.Add(new Segment(r.GetString(), -1));
                r.Read();
                LocateValue(ref r, path, wanted, found);
                path.RemoveAt(path.Count - 1);
            }
        }
        else if (r.TokenType == JsonTokenType.StartArray)
        {
            int i = 0;
            while (r.Read() && r.TokenType != JsonTokenType.EndArray)
            {
                path.Add(new Segment(null, i++, InList: true));
                LocateValue(ref r, path, wanted, found);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    /// <summary>The reader options of a document: comments and trailing commas as the serializer allows them, depth limited.</summary>
    internal static JsonReaderOptions ReaderOptions(JsonSerializerOptions options) => new()
    {
        CommentHandling = options.ReadCommentHandling == JsonCommentHandling.Skip ? JsonCommentHandling.Skip : JsonCommentHandling.Disallow,
        AllowTrailingCommas = options.AllowTrailingCommas,
        MaxDepth = InputLimits.MaxDepth,
    };

    /// <summary>Formats a path as System.Text.Json does: <c>$.a.b[0]</c>, <c>$['a.b']</c> for names with special characters.</summary>
    private static string Format(List<Segment> path)
    {
        var sb = new StringBuilder("$");
        foreach (Segment s in path)
        {
            if (s.Name is { } name)
            {
                if (name.AsSpan().IndexOfAny(Special) >= 0)
                {
                    sb.Append("['").Append(name).Append("']");
                }
                else
                {
                    sb.Append('.').Append(name);
                }
            }
            else if (s.InList && s.Index >= 0)
            {
                sb.Append('[').Append(s.Index).Append(']');
            }
        }

        return sb.ToString();
    }

    /// <summary>The 1-based line and column (in characters) of a byte offset.</summary>
    internal static (long Line, long Column) Position(ReadOnlySpan<byte> utf8, long offset)
    {
        int end = (int)Math.Clamp(offset, 0, utf8.Length);
        ReadOnlySpan<byte> before = utf8[..end];
        long line = before.Count((byte)'\n') + 1;
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, Characters(utf8[lineStart..end]) + 1);
    }

    /// <summary>The 1-based line and column of a reader position (0-based line, 0-based byte in the line).</summary>
    internal static (long Line, long Column) Position(ReadOnlySpan<byte> utf8, long line0, long byteInLine)
    {
        int start = 0;
        for (long l = 0; l < line0; l++)
        {
            int next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            start += next + 1;
        }

        int end = (int)Math.Clamp(start + byteInLine, start, utf8.Length);
        return (line0 + 1, Characters(utf8[start..end]) + 1);
    }

    private static long Characters(ReadOnlySpan<byte> utf8)
    {
        long n = 0;
        foreach (byte b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                n++;
            }
        }

        return n;
    }

    private static Shape ShapeOf(JsonTypeInfo typeInfo) => Shapes.GetValue(typeInfo, static ti => new Shape(ti));

    private readonly record struct Segment(string? Name, int Index, bool InList = false);

    private sealed class StopWalk : Exception
    {
    }

    private sealed class Member
    {
        private Shape? _shape;

        public Member(JsonPropertyInfo info, int index)
        {
            Info = info;
            Index = index;
            Name = info.Name;
            Utf8 = Encoding.UTF8.GetBytes(info.Name);
            Nullable = info.IsSetNullable;
            Required = info.IsRequired;
            ICustomAttributeProvider? attributes = info.AttributeProvider;
            Range = attributes?.GetCustomAttributes(typeof(InputRangeAttribute), false).OfType<InputRangeAttribute>().FirstOrDefault();
            Count = attributes?.GetCustomAttributes(typeof(InputCountAttribute), false).OfType<InputCountAttribute>().FirstOrDefault();
        }

        public JsonPropertyInfo Info { get; }

        public int Index { get; }

        public string Name { get; }

        public byte[] Utf8 { get; }

        public bool Nullable { get; }

        public bool Required { get; }

        public InputRangeAttribute? Range { get; }

        public InputCountAttribute? Count { get; }

        public Shape Shape => _shape ??= ShapeOf(Info.Options.GetTypeInfo(Info.PropertyType));
    }

    private sealed class Shape
    {
        private Shape? _element;

        public Shape(JsonTypeInfo typeInfo)
        {
            TypeInfo = typeInfo;
            Type type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
            ValueType = type;
            switch (typeInfo.Kind)
            {
                case JsonTypeInfoKind.Object:
                    Kind = Kind.Object;
                    Members = typeInfo.Properties.Select((p, i) => new Member(p, i)).ToArray();
                    Disallow = (typeInfo.UnmappedMemberHandling ?? typeInfo.Options.UnmappedMemberHandling) == System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow;
                    Allowed = string.Join(", ", Members.Select(m => m.Name));
                    return;
                case JsonTypeInfoKind.Enumerable:
                    Kind = Kind.List;
                    return;
                case JsonTypeInfoKind.Dictionary:
                    Kind = Kind.Dictionary;
                    return;
            }

            if (type == typeof(bool))
            {
                Kind = Kind.Boolean;
            }
            else if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte))
            {
                Kind = Kind.Integer;
                (IntegerMin, IntegerMax) = type == typeof(int) ? (int.MinValue, int.MaxValue)
                    : type == typeof(short) ? (short.MinValue, short.MaxValue)
                    : type == typeof(byte) ? (byte.MinValue, byte.MaxValue)
                    : (long.MinValue, long.MaxValue);
            }
            else if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
            {
                Kind = Kind.Number;
            }
            else if (type == typeof(string))
            {
                Kind = Kind.Text;
            }
            else if (type.IsEnum)
            {
                Kind = Kind.Enum;
                JsonTypeInfo enumInfo = typeInfo.Options.GetTypeInfo(type);
                var names = new List<string>();
                foreach (object value in Enum.GetValuesAsUnderlyingType(type))
                {
                    string json = JsonSerializer.Serialize(Enum.ToObject(type, value), enumInfo);
                    names.Add(json.Trim('"'));
                }

                EnumNames = names.ToArray();
                Allowed = string.Join(", ", EnumNames);
            }
            else if (type == typeof(Money))
            {
                Kind = Kind.Money;
            }
            else
            {
                Kind = type == typeof(object) ? Kind.Any : Kind.Custom;
            }
        }

        public JsonTypeInfo TypeInfo { get; }

        public Type ValueType { get; }

        public Kind Kind { get; }

        public Member[] Members { get; } = [];

        public bool Disallow { get; }

        public string Allowed { get; } = string.Empty;

        public string[] EnumNames { get; } = [];

        public long IntegerMin { get; }

        public long IntegerMax { get; }

        public Shape Element => _element ??= ShapeOf(TypeInfo.Options.GetTypeInfo(TypeInfo.ElementType!));

        /// <summary>The kind of value this shape expects, as a key of the kinds table of <see cref="InputMessages"/>.</summary>
        public string Expected => Kind switch
        {
            Kind.Object or Kind.Dictionary => "object",
            Kind.List => "array",
            Kind.Boolean => "boolean",
            Kind.Integer => "integer",
            Kind.Number => "number",
            Kind.Text => "string",
            Kind.Enum => "enum",
            Kind.Money => "amount",
            _ when ValueType == typeof(NodaTime.LocalDate) => "date",
            _ when ValueType == typeof(Ratio) => "ratio",
            _ when ValueType == typeof(RegionCode) => "region",
            _ when ValueType == typeof(NodaTime.Period) => "period",
            _ => "value",
        };
    }

    private sealed class Walk
    {
        private readonly List<Segment> _path = [];

        public List<Finding> Found { get; } = [];

        public void Add(string key, long offset, params (string Name, object? Value)[] arguments)
        {
            Found.Add(new Finding(Format(_path), key, InputMessages.Arguments(arguments), offset));
            if (Found.Count >= MaxFindings)
            {
                throw new StopWalk();
            }
        }

        public void AddReaderError(JsonException ex, ReadOnlySpan<byte> utf8)
        {
            string message = ex.Message;
            long offset = ex.LineNumber is { } l && ex.BytePositionInLine is { } b ? OffsetOf(utf8, l, b) : 0;
            // A document cut short ends with "Expected depth to be zero": test for truncation before the depth limit.
            if (message.Contains("end of data", StringComparison.OrdinalIgnoreCase) || message.Contains("depth to be zero", StringComparison.OrdinalIgnoreCase))
            {
                Add("json.truncated", offset);
            }
            else if (message.Contains("depth", StringComparison.OrdinalIgnoreCase))
            {
                Add("json.depth", offset, ("max", InputLimits.MaxDepth));
            }
            else
            {
                int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
                Add("json.syntax", offset, ("detail", (cut >= 0 ? message[..cut] : message).Trim()));
            }
        }

        private static long OffsetOf(ReadOnlySpan<byte> utf8, long line0, long byteInLine)
        {
            int start = 0;
            for (long l = 0; l < line0; l++)
            {
                int next = utf8[start..].IndexOf((byte)'\n');
                if (next < 0)
                {
                    break;
                }

                start += next + 1;
            }

            return Math.Min(start + byteInLine, utf8.Length);
        }

        public void Visit(ref Utf8JsonReader r, Shape shape, bool nullable, Member? member)
        {
            long at = r.TokenStartIndex;
            if (r.TokenType == JsonTokenType.Null)
            {
                if (!nullable)
                {
                    Add("value.null", at, ("expected", shape.Expected));
                }

                return;
            }

            if (r.TokenType == JsonTokenType.String)
            {
                CheckLength(ref r);
            }

            switch (shape.Kind)
            {
                case Kind.Object:
                    VisitObject(ref r, shape);
                    return;
                case Kind.List:
                    VisitList(ref r, shape, member);
                    return;
                case Kind.Dictionary:
                    VisitDictionary(ref r, shape, member);
                    return;
                case Kind.Boolean:
                    if (r.TokenType is not (JsonTokenType.True or JsonTokenType.False))
                    {
                        Mismatch(ref r, "boolean");
                    }

                    return;
                case Kind.Integer:
                    VisitInteger(ref r, shape, member);
                    return;
                case Kind.Number:
                    if (r.TokenType != JsonTokenType.Number)
                    {
                        Mismatch(ref r, "number");
                    }
                    else if (!r.TryGetDecimal(out decimal d))
                    {
                        TooBig(ref r, member?.Range);
                    }
                    else
                    {
                        CheckRange(d, member?.Range, at);
                    }

                    return;
                case Kind.Text:
                    if (r.TokenType != JsonTokenType.String)
                    {
                        Mismatch(ref r, "string");
                    }

                    return;
                case Kind.Enum:
                    if (r.TokenType == JsonTokenType.String)
                    {
                        bool known = false;
                        foreach (string name in shape.EnumNames)
                        {
                            if (r.ValueTextEquals(name))
                            {
                                known = true;
                                break;
                            }
                        }

                        if (!known)
                        {
                            Add("enum.unknown", at, ("value", Clip(r.GetString())), ("allowed", shape.Allowed));
                        }
                    }
                    else if (r.TokenType == JsonTokenType.Number)
                    {
                        Add("enum.number", at, ("value", Raw(ref r)), ("allowed", shape.Allowed));
                    }
                    else
                    {
                        Mismatch(ref r, "string");
                    }

                    return;
                case Kind.Money:
                    VisitMoney(ref r, member);
                    return;
                default:
                    if (r.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        if (shape.Kind == Kind.Custom)
                        {
                            Mismatch(ref r, shape.Expected);
                        }
                        else
                        {
                            r.Skip();
                        }
                    }

                    return;
            }
        }

        private void VisitObject(ref Utf8JsonReader r, Shape shape)
        {
            long at = r.TokenStartIndex;
            if (r.TokenType != JsonTokenType.StartObject)
            {
                Mismatch(ref r, "object");
                return;
            }

            Member[] members = shape.Members;
            Span<bool> seen = members.Length <= 128 ? stackalloc bool[members.Length] : new bool[members.Length];
            while (r.Read() && r.TokenType != JsonTokenType.EndObject)
            {
                CheckLength(ref r);
                Member? m = null;
                foreach (Member candidate in members)
                {
                    if (r.ValueTextEquals(candidate.Utf8))
                    {
                        m = candidate;
                        break;
                    }
                }

                if (m is null)
                {
                    string name = Clip(r.GetString());
                    long nameAt = r.TokenStartIndex;
                    r.Read();
                    if (shape.Disallow)
                    {
                        _path.Add(new Segment(name, -1));
                        Add("member.unknown", nameAt, ("name", name), ("allowed", shape.Allowed));
                        _path.RemoveAt(_path.Count - 1);
                    }

                    r.Skip();
                    continue;
                }

                _path.Add(new Segment(m.Name, -1));
                if (seen[m.Index])
                {
                    Add("member.duplicate", r.TokenStartIndex, ("name", m.Name));
                }

                seen[m.Index] = true;
                r.Read();
                Visit(ref r, m.Shape, m.Nullable, m);
                _path.RemoveAt(_path.Count - 1);
            }

            foreach (Member m in members)
            {
                if (m.Required && !seen[m.Index])
                {
                    Add("member.required", at, ("name", m.Name));
                }
            }
        }

        private void VisitList(ref Utf8JsonReader r, Shape shape, Member? member)
        {
            long at = r.TokenStartIndex;
            if (r.TokenType != JsonTokenType.StartArray)
            {
                Mismatch(ref r, "array");
                return;
            }

            int max = member?.Count?.Maximum ?? InputLimits.MaxListLength;
            int count = 0;
            _path.Add(new Segment(null, 0, InList: true));
            while (r.Read() && r.TokenType != JsonTokenType.EndArray)
            {
                _path[^1] = new Segment(null, count, InList: true);
                if (r.TokenType == JsonTokenType.Null)
                {
                    Add("array.null", r.TokenStartIndex, ("expected", shape.Element.Expected));
                }
                else if (count < max)
                {
                    Visit(ref r, shape.Element, nullable: false, member: null);
                }
                else
                {
                    r.Skip();
                }

                count++;
            }

            _path.RemoveAt(_path.Count - 1);
            if (count > max)
            {
                Add("array.tooLong", at, ("count", count), ("max", max));
            }
            else if (member?.Count is { Minimum: > 0 } c && count < c.Minimum)
            {
                Add("array.tooShort", at, ("min", c.Minimum));
            }
        }

        private void VisitDictionary(ref Utf8JsonReader r, Shape shape, Member? member)
        {
            long at = r.TokenStartIndex;
            if (r.TokenType != JsonTokenType.StartObject)
            {
                Mismatch(ref r, "object");
                return;
            }

            int max = member?.Count?.Maximum ?? InputLimits.MaxListLength;
            int count = 0;
            while (r.Read() && r.TokenType != JsonTokenType.EndObject)
            {
                CheckLength(ref r);
                _path.Add(new Segment(Clip(r.GetString()), -1));
                r.Read();
                if (count < max)
                {
                    Visit(ref r, shape.Element, nullable: false, member: null);
                }
                else
                {
                    r.Skip();
                }

                _path.RemoveAt(_path.Count - 1);
                count++;
            }

            if (count > max)
            {
                Add("array.tooLong", at, ("count", count), ("max", max));
            }
        }

        private void VisitInteger(ref Utf8JsonReader r, Shape shape, Member? member)
        {
            long at = r.TokenStartIndex;
            if (r.TokenType != JsonTokenType.Number)
            {
                Mismatch(ref r, "integer");
                return;
            }

            if (r.TryGetInt64(out long n))
            {
                if (n > shape.IntegerMax)
                {
                    Add("number.tooLarge", at, ("max", Math.Min(shape.IntegerMax, member?.Range is { } range ? (long)range.Maximum : long.MaxValue)));
                }
                else if (n < shape.IntegerMin)
                {
                    Add("number.tooSmall", at, ("min", Math.Max(shape.IntegerMin, member?.Range is { } range ? (long)range.Minimum : long.MinValue)));
                }
                else
                {
                    CheckRange(n, member?.Range, at);
                }

                return;
            }

            if (r.TryGetDecimal(out decimal d) && d != decimal.Truncate(d))
            {
                Add("number.notWhole", at, ("value", Raw(ref r)));
            }
            else if (r.TryGetDecimal(out d) && d == decimal.Truncate(d) && d >= shape.IntegerMin && d <= shape.IntegerMax)
            {
                // 3.0 or 3e2: a whole number written as a decimal, which the serializer does not read as an integer.
                Add("number.notWhole", at, ("value", Raw(ref r)));
            }
            else if (r.ValueSpan.Length > 0 && r.ValueSpan[0] == (byte)'-')
            {
                Add("number.tooSmall", at, ("min", Math.Max(shape.IntegerMin, member?.Range is { } range ? (long)range.Minimum : long.MinValue)));
            }
            else
            {
                Add("number.tooLarge", at, ("max", Math.Min(shape.IntegerMax, member?.Range is { } range ? (long)range.Maximum : long.MaxValue)));
            }
        }

        private void VisitMoney(ref Utf8JsonReader r, Member? member)
        {
            long at = r.TokenStartIndex;
            decimal value;
            if (r.TokenType == JsonTokenType.Number)
            {
                if (!r.TryGetDecimal(out value))
                {
                    Add("money.range", at, ("max", InputLimits.MaxMoney));
                    return;
                }
            }
            else if (r.TokenType == JsonTokenType.String)
            {
                if (!Money.TryParse(r.GetString(), out Money parsed))
                {
                    Add("money.type", at, ("found", "string"));
                    return;
                }

                value = parsed.Yuan;
            }
            else
            {
                Add("money.type", at, ("found", TokenKind(r.TokenType)));
                SkipContainer(ref r);
                return;
            }

            if (Math.Abs(value) > InputLimits.MaxMoney)
            {
                Add("money.range", at, ("max", InputLimits.MaxMoney));
                return;
            }

            CheckRange(value, member?.Range, at);
        }

        private void CheckRange(decimal value, InputRangeAttribute? range, long at)
        {
            if (range is null)
            {
                return;
            }

            decimal min = (decimal)range.Minimum;
            decimal max = (decimal)range.Maximum;
            if (value > max)
            {
                Add("number.tooLarge", at, ("max", max));
            }
            else if (range.MinimumIsExclusive && value <= min)
            {
                Add("number.notAbove", at, ("min", min));
            }
            else if (value < min)
            {
                Add("number.tooSmall", at, ("min", min));
            }
        }

        private void TooBig(ref Utf8JsonReader r, InputRangeAttribute? range)
        {
            ReadOnlySpan<byte> raw = r.ValueSpan;
            int e = raw.IndexOfAny((byte)'e', (byte)'E');
            bool tiny = e >= 0 && e + 1 < raw.Length && raw[e + 1] == (byte)'-';
            if (tiny)
            {
                Add("number.precision", r.TokenStartIndex, ("value", Raw(ref r)));
            }
            else if (raw.Length > 0 && raw[0] == (byte)'-')
            {
                Add("number.tooSmall", r.TokenStartIndex, ("min", range is null ? decimal.MinValue : (decimal)range.Minimum));
            }
            else
            {
                Add("number.tooLarge", r.TokenStartIndex, ("max", range is null ? decimal.MaxValue : (decimal)range.Maximum));
            }
        }

        private void Mismatch(ref Utf8JsonReader r, string expected)
        {
            Add("type.mismatch", r.TokenStartIndex, ("expected", expected), ("found", TokenKind(r.TokenType)));
            SkipContainer(ref r);
        }

        private static void SkipContainer(ref Utf8JsonReader r)
        {
            if (r.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                r.Skip();
            }
        }

        private void CheckLength(ref Utf8JsonReader r)
        {
            if (r.ValueIsEscaped)
            {
                try
                {
                    _ = r.GetString();
                }
                catch (InvalidOperationException)
                {
                    Add("string.invalidEscape", r.TokenStartIndex);
                    return;
                }
            }

            int bytes = r.HasValueSequence ? (int)r.ValueSequence.Length : r.ValueSpan.Length;
            if (bytes > InputLimits.MaxStringLength && r.GetString()!.Length > InputLimits.MaxStringLength)
            {
                Add("string.tooLong", r.TokenStartIndex, ("max", InputLimits.MaxStringLength));
            }
        }

        private static string TokenKind(JsonTokenType token) => token switch
        {
            JsonTokenType.StartObject => "object",
            JsonTokenType.StartArray => "array",
            JsonTokenType.String => "string",
            JsonTokenType.Number => "number",
            JsonTokenType.True or JsonTokenType.False => "boolean",
            JsonTokenType.Null => "null",
            _ => "value",
        };

        private static string Raw(ref Utf8JsonReader r) => Clip(Encoding.UTF8.GetString(r.ValueSpan));

        private static string Clip(string? text) => text is null ? string.Empty : text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");
    }
}

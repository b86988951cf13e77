using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Union.Fuzz.Tests;

/// <summary>The kinds of mutation the fuzzer applies to a valid document.</summary>
public enum MutationKind
{
    TypeFlip,
    EnumAsInteger,
    ExtremeNumber,
    AbsurdCount,
    CalendarEnd,
    RemoveMember,
    DuplicateMember,
    UnknownMember,
    NullInArray,
    EmptyArray,
    HugeArray,
    InvalidUtf8,
    Gbk,
    Truncation,
    LongString,
    DeepNesting,
}

/// <summary>
/// A seeded mutation of a valid JSON document: one to three of the <see cref="MutationKind"/>s, applied to randomly chosen
/// values (type flips, extreme numbers, absurd counts, dates at the calendar's ends, removed, duplicate and unknown members,
/// nulls in lists, empty and huge lists) or to the bytes (invalid UTF-8, GBK, truncation), plus long strings and deep nesting.
/// </summary>
public sealed class Mutator
{
    private static readonly string[] ExtremeNumbers =
    [
        "0", "-1", "1e400", "-1e400", "7.9e28", "79228162514264337593543950335", "-79228162514264337593543950335", "1e-400",
        "0.0000000000000000000000000001", "2147483648", "-2147483649", "1000000000000.01", "1.5", "-0.5", "1e12", "1e-7",
        "99999999999999999999999999999999", "3.0", "1E+2", "-0", "0.1",
    ];

    private static readonly string[] AbsurdCounts = ["100000", "100001", "2147483647", "-5", "10000001", "0", "1000", "1201", "8000", "-2147483648"];

    private static readonly string[] Dates =
    [
        "0001-01-01", "9999-12-31", "1899-12-31", "2201-01-01", "1900-01-01", "2200-12-31", "2026-02-29", "2024-02-29",
        "10000-01-01", "2026-13-01", "1970-01-01", "2199-12-31",
    ];

    private static readonly MutationKind[] Kinds = Enum.GetValues<MutationKind>();

    private static readonly Encoding GbkEncoding = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    private readonly Random _random;

    /// <summary>Initializes a mutator with a seed.</summary>
    public Mutator(int seed) => _random = new Random(seed);

    /// <summary>Mutates a document and returns its bytes and the mutations applied.</summary>
    public (byte[] Bytes, string Description) Mutate(JsonNode seed)
    {
        JsonNode doc = seed.DeepClone();
        int count = _random.Next(10) switch { < 6 => 1, < 9 => 2, _ => 3 };
        var applied = new List<string>();
        var duplicates = new HashSet<JsonObject>(ReferenceEqualityComparer.Instance);
        var repeats = new Dictionary<JsonArray, int>(ReferenceEqualityComparer.Instance);
        var byteMutations = new List<MutationKind>();
        for (int i = 0; i < count; i++)
        {
            MutationKind kind = Kinds[_random.Next(Kinds.Length)];
            if (kind is MutationKind.InvalidUtf8 or MutationKind.Gbk or MutationKind.Truncation)
            {
                byteMutations.Add(kind);
                applied.Add(kind.ToString());
                continue;
            }

            string? where = Apply(ref doc, kind, duplicates, repeats);
            if (where is not null)
            {
                applied.Add($"{kind} at {where}");
            }
        }

        string text = Write(doc, duplicates, repeats);
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        foreach (MutationKind kind in byteMutations)
        {
            bytes = kind switch
            {
                MutationKind.InvalidUtf8 => InvalidUtf8(bytes),
                MutationKind.Gbk => GbkEncoding.GetBytes(Encoding.UTF8.GetString(bytes)),
                _ => bytes[..Math.Max(0, _random.Next(bytes.Length))],
            };
        }

        return (bytes, string.Join("; ", applied));
    }

    private string? Apply(ref JsonNode doc, MutationKind kind, HashSet<JsonObject> duplicates, Dictionary<JsonArray, int> repeats)
    {
        List<JsonNode> nodes = All(doc);
        switch (kind)
        {
            case MutationKind.TypeFlip:
            {
                JsonNode? target = Pick(nodes.Where(n => n.Parent is not null).ToList());
                if (target is null)
                {
                    return null;
                }

                JsonNode? flipped = _random.Next(7) switch
                {
                    0 => JsonValue.Create("text"),
                    1 => JsonValue.Create(42),
                    2 => JsonValue.Create(true),
                    3 => null,
                    4 => new JsonObject(),
                    5 => new JsonArray(),
                    _ => JsonValue.Create(1.5m),
                };
                return Replace(target, flipped);
            }

            case MutationKind.EnumAsInteger:
            {
                JsonNode? target = Pick(nodes.Where(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String).ToList());
                return target is null ? null : Replace(target, JsonNode.Parse(_random.Next(3) switch { 0 => "99", 1 => "100000", _ => "0" }));
            }

            case MutationKind.ExtremeNumber:
            {
                JsonNode? target = Pick(nodes.Where(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.Number).ToList())
                    ?? Pick(nodes.Where(n => n is JsonValue).ToList());
                return target is null ? null : Replace(target, new RawNumber(ExtremeNumbers[_random.Next(ExtremeNumbers.Length)]).Node);
            }

            case MutationKind.AbsurdCount:
            {
                JsonNode? target = Pick(nodes.Where(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.Number).ToList());
                return target is null ? null : Replace(target, new RawNumber(AbsurdCounts[_random.Next(AbsurdCounts.Length)]).Node);
            }

            case MutationKind.CalendarEnd:
            {
                JsonNode? target = Pick(nodes.Where(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String && IsDate(v.GetValue<string>())).ToList());
                return target is null ? null : Replace(target, JsonValue.Create(Dates[_random.Next(Dates.Length)]));
            }

            case MutationKind.RemoveMember:
            {
                JsonNode? target = Pick(nodes.Where(n => n.Parent is JsonObject).ToList());
                if (target is null)
                {
                    return null;
                }

                string path = target.GetPath();
                ((JsonObject)target.Parent!).Remove(target.GetPropertyName());
                return path;
            }

            case MutationKind.DuplicateMember:
            {
                JsonObject? target = Pick(nodes.OfType<JsonObject>().Where(o => o.Count > 0).ToList());
                if (target is null)
                {
                    return null;
                }

                duplicates.Add(target);
                return target.GetPath();
            }

            case MutationKind.UnknownMember:
            {
                JsonObject? target = Pick(nodes.OfType<JsonObject>().ToList());
                if (target is null)
                {
                    return null;
                }

                target["colour" + _random.Next(10)] = "red";
                return target.GetPath();
            }

            case MutationKind.NullInArray:
            {
                JsonArray? target = Pick(nodes.OfType<JsonArray>().ToList());
                if (target is null)
                {
                    return null;
                }

                target.Insert(_random.Next(target.Count + 1), null);
                return target.GetPath();
            }

            case MutationKind.EmptyArray:
            {
                JsonArray? target = Pick(nodes.OfType<JsonArray>().ToList());
                if (target is null)
                {
                    return null;
                }

                target.Clear();
                return target.GetPath();
            }

            case MutationKind.HugeArray:
            {
                JsonArray? target = Pick(nodes.OfType<JsonArray>().Where(a => a.Count > 0).ToList());
                if (target is null)
                {
                    return null;
                }

                repeats[target] = _random.Next(10) switch { < 4 => 101, < 7 => 1_001, < 9 => 10_001, _ => 100_001 };
                return target.GetPath();
            }

            case MutationKind.LongString:
            {
                JsonNode? target = Pick(nodes.Where(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String).ToList())
                    ?? Pick(nodes.Where(n => n.Parent is not null).ToList());
                return target is null ? null : Replace(target, JsonValue.Create(new string('长', _random.Next(2) == 0 ? 10_001 : 200_000)));
            }

            case MutationKind.DeepNesting:
            {
                JsonNode? target = Pick(nodes.Where(n => n.Parent is not null).ToList());
                if (target is null)
                {
                    return null;
                }

                int depth = _random.Next(3) switch { 0 => 31, 1 => 40, _ => 2_000 };
                JsonNode nested = JsonValue.Create(1);
                for (int i = 0; i < depth; i++)
                {
                    nested = i % 2 == 0 ? new JsonArray(nested) : new JsonObject { ["a"] = nested };
                }

                return Replace(target, nested);
            }
        }

        return null;
    }

    private static bool IsDate(string s) => s.Length == 10 && s[4] == '-' && s[7] == '-';

    private T? Pick<T>(List<T> list)
        where T : class => list.Count == 0 ? null : list[_random.Next(list.Count)];

    private static string Replace(JsonNode target, JsonNode? replacement)
    {
        string path = target.GetPath();
        switch (target.Parent)
        {
            case JsonObject o:
                o[target.GetPropertyName()] = replacement;
                break;
            case JsonArray a:
                a[target.GetElementIndex()] = replacement;
                break;
        }

        return path;
    }

    private static List<JsonNode> All(JsonNode root)
    {
        var list = new List<JsonNode>();
        void Walk(JsonNode? n)
        {
            if (n is null)
            {
                return;
            }

            list.Add(n);
            if (n is JsonObject o)
            {
                foreach (KeyValuePair<string, JsonNode?> p in o)
                {
                    Walk(p.Value);
                }
            }
            else if (n is JsonArray a)
            {
                foreach (JsonNode? e in a)
                {
                    Walk(e);
                }
            }
        }

        Walk(root);
        return list;
    }

    private byte[] InvalidUtf8(byte[] bytes)
    {
        var list = new List<byte>(bytes);
        int quote = list.IndexOf((byte)'"', _random.Next(Math.Max(1, list.Count)));
        int at = quote >= 0 ? quote + 1 : _random.Next(list.Count + 1);
        byte[] bad = _random.Next(3) switch { 0 => [0xFF], 1 => [0xC3], _ => [0xED, 0xA0, 0x80] };
        list.InsertRange(at, bad);
        return list.ToArray();
    }

    /// <summary>
    /// Writes the document; each object in <paramref name="duplicates"/> gets its first member twice, each array in
    /// <paramref name="repeats"/> its last element repeated up to that many elements. Past 16 MiB the text is cut (the
    /// readers reject anything over 16 MiB whatever it holds).
    /// </summary>
    private static string Write(JsonNode? node, HashSet<JsonObject> duplicates, Dictionary<JsonArray, int> repeats)
    {
        const int Cap = (16 * 1024 * 1024) + 1;
        var sb = new StringBuilder();
        void W(JsonNode? n, int depth)
        {
            if (sb.Length > Cap)
            {
                return;
            }

            switch (n)
            {
                case null:
                    sb.Append("null");
                    break;
                case JsonObject o:
                    sb.Append('{');
                    bool first = true;
                    foreach (KeyValuePair<string, JsonNode?> p in o)
                    {
                        if (!first)
                        {
                            sb.Append(',');
                        }

                        first = false;
                        sb.Append(JsonSerializer.Serialize(p.Key, FuzzJson.Default.String)).Append(':');
                        W(p.Value, depth + 1);
                    }

                    if (duplicates.Contains(o) && o.Count > 0)
                    {
                        KeyValuePair<string, JsonNode?> d = o.First();
                        sb.Append(',').Append(JsonSerializer.Serialize(d.Key, FuzzJson.Default.String)).Append(':');
                        W(d.Value, depth + 1);
                    }

                    sb.Append('}');
                    break;
                case JsonArray a:
                    sb.Append('[');
                    for (int i = 0; i < a.Count; i++)
                    {
                        if (i > 0)
                        {
                            sb.Append(',');
                        }

                        W(a[i], depth + 1);
                    }

                    if (repeats.TryGetValue(a, out int total) && a.Count > 0)
                    {
                        int start = sb.Length;
                        W(a[^1], depth + 1);
                        string element = sb.ToString(start, sb.Length - start);
                        for (int i = a.Count; i < total && sb.Length < Cap; i++)
                        {
                            sb.Append(',').Append(element);
                        }
                    }

                    sb.Append(']');
                    break;
                default:
                    sb.Append(RawNumber.Text(n) ?? n.ToJsonString(FuzzJson.Relaxed));
                    break;
            }
        }

        W(node, 0);
        return sb.ToString();
    }

    /// <summary>A number kept as its exact text (1e400 is not a double), carried in a string node with a marker.</summary>
    private sealed class RawNumber(string text)
    {
        private const string Marker = "\u0001raw:";

        public JsonNode Node { get; } = JsonValue.Create(Marker + text);

        public static string? Text(JsonNode node) =>
            node is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is { } s && s.StartsWith(Marker, StringComparison.Ordinal)
                ? s[Marker.Length..]
                : null;
    }

    internal static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

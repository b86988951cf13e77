using System.Collections;
using System.Reflection;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Conventions;

/// <summary>
/// Every message a rule writes is declared once as a <see cref="MessageKey"/> with the names of its arguments, and the
/// declarations agree with the texts: each declared key has its texts, and every placeholder of them is a declared argument. Every finding text in the tables is declared by a rule, so no
/// text is dead and no key is built where the tests cannot see it. At run time a finding must carry exactly the declared
/// arguments (<see cref="RuleContext"/> throws otherwise).
/// </summary>
public sealed class MessageKeyConventionTests
{
    // Entries that are not findings of a rule: titles, value labels, report and outcome texts, the engine's notices.
    private static readonly string[] NotFindings = ["value.", "report.", "severity.", "status.", "outcome.", "engine.noLocalRegulation."];

    private static List<(string Where, MessageKey Key)> Declared()
    {
        var keys = new List<(string, MessageKey)>();
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (Type type in typeof(RuleCatalog).Assembly.GetTypes().Where(t => !t.IsGenericTypeDefinition))
        {
            foreach (FieldInfo f in type.GetFields(Static).Where(f => !f.IsLiteral))
            {
                foreach (MessageKey k in KeysIn(f.GetValue(null)))
                {
                    keys.Add((type.Name + "." + f.Name, k));
                }
            }
        }

        return keys;
    }

    // A field holds a key, a collection of keys (an array, a dictionary's values) or a record of keys (the minimum-wage and
    // act-within-period messages).
    private static IEnumerable<MessageKey> KeysIn(object? value)
    {
        switch (value)
        {
            case MessageKey k:
                yield return k;
                break;
            case IDictionary d:
                foreach (object? v in d.Values)
                {
                    foreach (MessageKey k in KeysIn(v))
                    {
                        yield return k;
                    }
                }

                break;
            case IEnumerable e and not string:
                foreach (object? v in e)
                {
                    if (v is MessageKey k)
                    {
                        yield return k;
                    }
                }

                break;
            case not null when value.GetType().Assembly == typeof(RuleCatalog).Assembly && !value.GetType().IsEnum:
                foreach (PropertyInfo p in value.GetType().GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Where(p => p.PropertyType == typeof(MessageKey)))
                {
                    if (p.GetValue(value) is MessageKey k)
                    {
                        yield return k;
                    }
                }

                break;
        }
    }

    [Fact]
    public void Rules_declare_their_messages()
    {
        List<(string Where, MessageKey Key)> declared = Declared();
        Assert.True(declared.Count > 340, $"only {declared.Count} message keys found: the search misses some");
        Assert.Contains(declared, d => d.Key.Key == "CC-REPLY.late");
        Assert.Contains(declared, d => d.Key.Key == "CC-STATUS.inForce");                             // a dictionary of keys
        Assert.Contains(declared, d => d.Key.Key == "WN-MINWAGE-MONTHLY.belowAfterContributions");    // a record of keys
        Assert.Contains(declared, d => d.Key.Key == "WN-PUBLICATION.late");
        Assert.Contains(declared, d => d.Key.Key == "HD-ASSISTANCE.LivingAid");                       // an array of keys
    }

    [Fact]
    public void Every_declared_message_has_a_text_and_declares_every_placeholder_of_it()
    {
        var problems = new List<string>();
        var texts = Messages.Default.Entries.ToDictionary(e => e.Key, StringComparer.Ordinal);
        foreach ((string where, MessageKey key) in Declared())
        {
            if (!texts.TryGetValue(key.Key, out MessageEntry? entry))
            {
                problems.Add($"{where}: {key.Key} has no text");
                continue;
            }

            // That both texts have the same placeholders is MessagesTests' (for every entry, titles and labels too).
            foreach (string p in Messages.Placeholders(entry.Zh).Union(Messages.Placeholders(entry.En)).Where(p => !key.Arguments.Contains(p)))
            {
                problems.Add($"{where}: {key.Key} does not declare the placeholder {{{p}}}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void A_key_declared_twice_declares_the_same_arguments()
    {
        var problems = Declared()
            .GroupBy(d => d.Key.Key, StringComparer.Ordinal)
            .Where(g => g.Select(d => string.Join(",", d.Key.Arguments.Order(StringComparer.Ordinal))).Distinct().Count() > 1)
            .Select(g => g.Key + ": " + string.Join(" / ", g.Select(d => d.Where + "(" + string.Join(",", d.Key.Arguments) + ")")))
            .ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_finding_text_is_declared_by_a_rule()
    {
        HashSet<string> declared = [.. Declared().Select(d => d.Key.Key)];
        var undeclared = Messages.Default.Entries
            .Select(e => e.Key)
            .Where(k => !k.EndsWith(".title", StringComparison.Ordinal) && !NotFindings.Any(p => k.StartsWith(p, StringComparison.Ordinal)))
            .Where(k => !declared.Contains(k))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(undeclared.Count == 0, "texts no rule declares: " + string.Join(", ", undeclared));
    }

    [Theory]
    [InlineData("missing", new[] { "due" })]
    [InlineData("extra", new[] { "due", "period", "days" })]
    [InlineData("renamed", new[] { "due", "days" })]
    [InlineData("twice", new[] { "due", "due" })]
    public void A_finding_with_other_arguments_than_its_message_declares_is_refused(string what, string[] names)
    {
        var key = new MessageKey("X-TEST.late", "due", "period");
        RuleContext context = TestContext();
        (string, object?)[] args = [.. names.Select(n => (n, (object?)1))];
        ArgumentException e = Assert.Throws<ArgumentException>(() => context.Fail(key, "$.x", args));
        Assert.Contains("X-TEST.late", e.Message, StringComparison.Ordinal);
        Assert.Contains("due, period", e.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public void A_finding_with_exactly_the_declared_arguments_in_any_order_is_recorded()
    {
        var key = new MessageKey("X-TEST.late", "due", "period");
        RuleContext context = TestContext();
        context.Fail(key, "$.x", ("period", "15 days"), ("due", "2026-05-01"));
        Assert.Equal(RuleStatus.Failed, context.Status);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("")]
    public void A_key_or_argument_without_a_name_is_refused(string blank)
    {
        Assert.ThrowsAny<ArgumentException>(() => new MessageKey(blank));
        Assert.Throws<ArgumentException>(() => new MessageKey("X-TEST.late", "due", blank));
        Assert.Throws<ArgumentException>(() => new MessageKey("X-TEST.late", "due", "due"));
        Assert.Equal("X-TEST.late", new MessageKey("X-TEST.late", "due").ToString());
    }

    private static RuleContext TestContext() =>
        new(new Probe(), new NodaTime.LocalDate(2026, 5, 1), JurisdictionProfile.National, trace: true, [], []);

    private sealed class Probe : IRule
    {
        public string Code => "X-TEST";

        public Severity Severity => Severity.Violation;

        public IReadOnlyList<Citation> Citations { get; } = [new Citation(Instruments.LabourLaw, 41)];
    }
}

using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Union.Domain.Common;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Conventions;

public partial class ConventionTests
{
    private static readonly Assembly[] Libraries = [typeof(Money).Assembly, typeof(RuleCatalog).Assembly];

    private static IEnumerable<Type> PublicTypes() =>
        Libraries.SelectMany(a => a.GetExportedTypes()).Where(t => !t.IsNested || t.IsNestedPublic);

    [Fact]
    public void Every_public_type_is_documented_with_its_chinese_term()
    {
        var missing = new List<string>();
        foreach (Assembly assembly in Libraries)
        {
            string xmlPath = Path.ChangeExtension(assembly.Location, ".xml");
            Assert.True(File.Exists(xmlPath), xmlPath);
            var docs = XDocument.Load(xmlPath).Descendants("member")
                .ToDictionary(m => (string)m.Attribute("name")!, m => m.Element("summary")?.Value ?? string.Empty);
            foreach (Type t in assembly.GetExportedTypes())
            {
                string key = "T:" + t.FullName!.Replace('+', '.');
                if (!docs.TryGetValue(key, out string? summary) || !CjkPattern().IsMatch(summary))
                {
                    missing.Add(t.FullName!);
                }
            }
        }

        Assert.True(Libraries.Sum(a => a.GetExportedTypes().Length) > 40);
        Assert.True(missing.Count == 0, "Public types without a Chinese term in their summary: " + string.Join(", ", missing));
    }

    [Fact]
    public void Public_domain_types_are_immutable()
    {
        var mutable = new List<string>();
        foreach (Type t in PublicTypes().Where(t => !t.IsSubclassOf(typeof(Exception)) && !t.IsInterface && !t.IsEnum
                     && !typeof(System.Text.Json.Serialization.JsonSerializerContext).IsAssignableFrom(t)
                     && !typeof(System.Text.Json.Serialization.JsonConverter).IsAssignableFrom(t)
                     && !(t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition().FullName!.StartsWith("FluentValidation.", StringComparison.Ordinal))))
        {
            foreach (PropertyInfo p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                MethodInfo? setter = p.SetMethod;
                if (setter is { IsPublic: true } && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
                {
                    mutable.Add($"{t.Name}.{p.Name}");
                }
            }

            foreach (FieldInfo f in t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                if (!f.IsInitOnly)
                {
                    mutable.Add($"{t.Name}.{f.Name}");
                }
            }
        }

        Assert.True(mutable.Count == 0, "Mutable members: " + string.Join(", ", mutable));
    }

    [Fact]
    public void Every_rule_has_a_catalog_code_and_a_citation()
    {
        string catalog = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rule-catalog.md"));
        var codes = CodePattern().Matches(catalog).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("CC-REPLY", codes);
        foreach (IRule rule in RuleCatalog.All)
        {
            Assert.Contains(rule.Code, codes);
            Assert.NotEmpty(rule.Citations);
            Assert.All(rule.Citations, c => Assert.False(string.IsNullOrWhiteSpace(c.Instrument.Title)));
        }

        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Code).Distinct().Count());
    }

    [GeneratedRegex("[\u4e00-\u9fff]")]
    private static partial Regex CjkPattern();

    [GeneratedRegex(@"^\| ([A-Z]{2,3}-[A-Z0-9-]+) \|", RegexOptions.Multiline)]
    private static partial Regex CodePattern();
}

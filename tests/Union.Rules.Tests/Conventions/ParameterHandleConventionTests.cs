using System.Collections;
using System.Reflection;
using Union.Domain.Validation;
using Union.Rules.Engine;

namespace Union.Rules.Tests.Conventions;

/// <summary>
/// Every shipped parameter is either read by a rule through a typed handle, or marked reference-only; a handle names a
/// parameter the data ships (or one a region or the caller sets, when it is regional-only).
/// </summary>
public sealed class ParameterHandleConventionTests
{
    /// <summary>Every handle the library declares: static fields and properties holding a handle or a collection of handles.</summary>
    internal static IReadOnlyDictionary<string, Parameter> Handles()
    {
        var handles = new Dictionary<string, Parameter>(StringComparer.Ordinal);
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (Type type in typeof(RuleCatalog).Assembly.GetTypes().Where(t => !t.IsGenericTypeDefinition))
        {
            IEnumerable<object?> values = type.GetFields(Static).Where(f => !f.IsLiteral).Select(f => f.GetValue(null))
                .Concat(type.GetProperties(Static).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null).Select(p => p.GetValue(null)));
            foreach (object? value in values)
            {
                foreach (Parameter p in value switch { Parameter one => [one], IEnumerable many and not string => many.OfType<Parameter>(), _ => [] })
                {
                    handles[p.Name] = p;
                }
            }
        }

        return handles;
    }

    private static Dictionary<string, (ParameterDefinition Definition, string File)> Shipped()
    {
        var shipped = new Dictionary<string, (ParameterDefinition, string)>(StringComparer.Ordinal);
        foreach ((string resource, DocumentResult<ParameterLayer> result) in EmbeddedParameters.Files())
        {
            foreach ((string name, ParameterDefinition definition) in result.Value!.Parameters)
            {
                shipped.TryAdd(name, (definition, resource));
            }
        }

        return shipped;
    }

    private static readonly HashSet<string> CallerSupplied =
        ["hd.exclusion.perCapitaHousingArea", "union.dues.rate", "union.dues.baseStep", "ls.compensation.averageMonthlyWage"];

    [Fact]
    public void Every_shipped_parameter_is_read_through_a_handle_or_marked_reference_only()
    {
        IReadOnlyDictionary<string, Parameter> handles = Handles();
        var unread = new List<string>();
        var markedButRead = new List<string>();
        foreach ((string resource, DocumentResult<ParameterLayer> result) in EmbeddedParameters.Files())
        {
            foreach ((string name, ParameterDefinition definition) in result.Value!.Parameters)
            {
                bool read = handles.ContainsKey(name);
                if (!read && !definition.ReferenceOnly)
                {
                    unread.Add($"{name} ({resource})");
                }
                else if (read && definition.ReferenceOnly)
                {
                    markedButRead.Add($"{name} ({resource})");
                }
            }
        }

        Assert.True(unread.Count == 0, "read by no rule and not marked referenceOnly: " + string.Join(", ", unread));
        Assert.True(markedButRead.Count == 0, "marked referenceOnly but read by a rule: " + string.Join(", ", markedButRead));
    }

    [Fact]
    public void Every_handle_names_a_shipped_parameter_of_its_kind_unless_regional_only()
    {
        var shipped = Shipped();
        var wrong = new List<string>();
        foreach ((string name, Parameter handle) in Handles())
        {
            if (!shipped.TryGetValue(name, out var found))
            {
                // Figures the caller supplies in a layer ship no value: a region's standards, the local housing-area line, the
                // dues rate and the cap's average wage, whose sources could not be verified.
                if (!handle.IsRegionalOnly && !name.StartsWith("standard.", StringComparison.Ordinal) && !CallerSupplied.Contains(name))
                {
                    wrong.Add($"{name}: no data and not regional-only");
                }

                continue;
            }

            string unit = found.Definition.Unit;
            bool fits = handle.Kind switch
            {
                "period" => unit is "days" or "day" or "workingDays" or "months" or "month" or "years" or "year",
                "ratio" => unit is "ratio" or "growthRatio",
                "boolean" => unit == "boolean",
                "choice" => unit == "choice",
                "list" => unit == "list",
                _ => unit is not ("boolean" or "choice" or "list"),
            };
            if (!fits)
            {
                wrong.Add($"{name}: a {handle.Kind} handle over unit {unit} ({found.File})");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public void The_convention_sees_the_handles_it_checks()
    {
        IReadOnlyDictionary<string, Parameter> handles = Handles();
        Assert.Contains("cc.reply.period", handles.Keys);
        Assert.Contains("hd.rigid.medical.cap", handles.Keys);
        Assert.Contains("standard.minimumWage.monthly", handles.Keys);
    }
}

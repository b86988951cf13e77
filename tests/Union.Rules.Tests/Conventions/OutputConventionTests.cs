using System.Reflection;
using System.Text.RegularExpressions;
using NodaTime;
using Union.Domain.Common;
using Union.Rules.CollectiveContracts;
using Union.Rules.Engine;
using Union.Rules.Hardship;
using Union.Rules.LabourStandards;
using Union.Rules.Organisation;
using Union.Rules.WageNegotiation;
using Union.Rules.WorkersCongress;

namespace Union.Rules.Tests.Conventions;

/// <summary>
/// Every output a rule records is declared as a typed handle (a static <c>Output&lt;T&gt;</c>, or a static factory for one per
/// employee, dispute or layoff), so a caller can read it by handle and it is documented where it is declared.
/// </summary>
public sealed partial class OutputConventionTests
{
    private static HashSet<string> Declared()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (Type type in typeof(RuleCatalog).Assembly.GetTypes().Where(t => !t.IsGenericTypeDefinition))
        {
            foreach (FieldInfo f in type.GetFields(Static).Where(f => IsOutput(f.FieldType)))
            {
                names.Add(NameOf(f.GetValue(null)));
            }

            foreach (MethodInfo m in type.GetMethods(Static).Where(m => IsOutput(m.ReturnType) && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(int)))
            {
                names.Add(Index().Replace(NameOf(m.Invoke(null, [7])), "[i]"));
            }

            foreach (MethodInfo m in type.GetMethods(Static).Where(m => IsOutput(m.ReturnType) && m.GetParameters() is [{ ParameterType: { IsEnum: true } }]))
            {
                foreach (object value in Enum.GetValues(m.GetParameters()[0].ParameterType))
                {
                    names.Add(NameOf(m.Invoke(null, [value])));
                }
            }
        }

        return names;
    }

    private static bool IsOutput(Type t) => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Output<>);

    private static string NameOf(object? output) => (string)output!.GetType().GetProperty("Name")!.GetValue(output)!;

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    [Fact]
    public void Every_output_the_examples_record_is_declared_as_a_handle()
    {
        var asOf = new LocalDate(2026, 6, 1);
        JurisdictionProfile sh = JurisdictionProfile.For(RegionCode.Shanghai);
        RuleReport[] reports =
        [
            CollectiveContractDomain.Default.Evaluate(CollectiveContractDomain.Default.Example, asOf, sh).Report,
            CollectiveContractDomain.Default.Evaluate(CollectiveContractDomain.Default.FlawedExample, asOf, sh).Report,
            WageNegotiationDomain.Default.Evaluate(WageNegotiationDomain.Default.Example, asOf, sh).Report,
            WageNegotiationDomain.Default.Evaluate(WageNegotiationDomain.Default.FlawedExample, asOf, sh).Report,
            HardshipDomain.Default.Evaluate(HardshipDomain.Default.Example, asOf, JurisdictionProfile.For(RegionCode.Beijing)).Report,
            WorkersCongressDomain.Default.Evaluate(WorkersCongressDomain.Default.Example, asOf, sh).Report,
            WorkersCongressDomain.Default.Evaluate(WorkersCongressDomain.Default.FlawedExample, asOf, sh).Report,
            OrganisationDomain.Default.Evaluate(OrganisationDomain.Default.Example, asOf, sh).Report,
            OrganisationDomain.Default.Evaluate(OrganisationDomain.Default.FlawedExample, asOf, sh).Report,
            LabourStandardsDomain.Default.Evaluate(LabourStandardsDomain.Default.Example, asOf, sh).Report,
            LabourStandardsDomain.Default.Evaluate(LabourStandardsDomain.Default.FlawedExample, asOf, sh).Report,
        ];
        HashSet<string> declared = Declared();
        string[] recorded = [.. reports.SelectMany(r => r.Outputs).Select(o => Index().Replace(o.Name, "[i]")).Distinct(StringComparer.Ordinal)];

        Assert.True(recorded.Length > 10, "the examples record outputs: " + string.Join(", ", recorded));
        string[] undeclared = [.. recorded.Where(n => !declared.Contains(n))];
        Assert.True(undeclared.Length == 0, "outputs recorded without a declared handle: " + string.Join(", ", undeclared));
    }
}

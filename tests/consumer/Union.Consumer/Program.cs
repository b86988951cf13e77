using NodaTime;
using Union.Domain.Common;
using Union.Rules.Engine;

// A consumer of the Union.Domain and Union.Rules packages, built from the packed .nupkg files.
var asOf = new LocalDate(2026, 11, 25);
JurisdictionProfile shanghai = JurisdictionProfile.For(RegionCode.Parse("310000"));
ParameterReading minimumWage = shanghai.Get("standard.minimumWage.monthly", asOf);
ParameterReading reply = shanghai.Get("cc.reply.period", asOf);
Money daily = Money.FromYuan(2740m) / 21.75m;
Console.WriteLine($"minimum wage {minimumWage.Value} from {minimumWage.From} ({minimumWage.Source})");
Console.WriteLine($"reply within {reply.Value} days ({reply.Source})");
Console.WriteLine($"daily wage {daily.RoundToFen()}; rules {RuleCatalog.All.Count}");
if (minimumWage.Value != ParameterScalar.FromNumber(2740m) || reply.Value != ParameterScalar.FromNumber(15m) || daily.RoundToFen() != Money.Parse("125.98"))
{
    Console.Error.WriteLine("consumer check failed");
    return 1;
}

return 0;

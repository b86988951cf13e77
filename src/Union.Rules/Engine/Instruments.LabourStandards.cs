namespace Union.Rules.Engine;

/// <summary>The national texts the labour-file rules (LS-*) cite beyond the labour laws already listed (劳动标准依据).</summary>
public static partial class Instruments
{
    /// <summary>
    /// 国务院关于渐进式延迟法定退休年龄的办法, approved by 全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定 of 2024-09-13 (item 四)
    /// and in force from 2025-01-01 (item 五). 第一条 sets the statutory retirement age: from 2025-01-01, one month's delay for
    /// every four months (men, and women whose original age was 55) or every two months (women whose original age was 50), up to
    /// 63, 58 and 55. Text held: a reprint of the MOHRSS page (V-secondary); the annex tables are images, not held.
    /// </summary>
    public static readonly LegalInstrument GradualRetirementAgeMeasures = new(
        "gradual-retirement-age-measures",
        "国务院关于渐进式延迟法定退休年龄的办法",
        "State Council Measures on Gradually Raising the Statutory Retirement Age");

    private static readonly LegalInstrument[] LabourStandardTexts = [GradualRetirementAgeMeasures];
}

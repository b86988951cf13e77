namespace Union.Rules.Engine;

/// <summary>The instruments the built-in rules cite (法律文件目录).</summary>
public static partial class Instruments
{
    /// <summary>集体合同规定 (劳动和社会保障部令第22号, 2004).</summary>
    public static readonly LegalInstrument CollectiveContractProvisions = new("collective-contract-provisions", "集体合同规定", "Provisions on Collective Contracts", "劳动和社会保障部令第22号");

    /// <summary>中华人民共和国劳动合同法 (2012 amendment).</summary>
    public static readonly LegalInstrument LabourContractLaw = new("labour-contract-law", "劳动合同法", "Labour Contract Law");

    /// <summary>中华人民共和国劳动合同法实施条例 (2008).</summary>
    public static readonly LegalInstrument LabourContractLawRegulations = new("labour-contract-law-regulations", "劳动合同法实施条例", "Regulations for the Implementation of the Labour Contract Law");

    /// <summary>中华人民共和国劳动法 (2018 amendment).</summary>
    public static readonly LegalInstrument LabourLaw = new("labour-law", "劳动法", "Labour Law");

    /// <summary>中华人民共和国工会法 (2021 amendment).</summary>
    public static readonly LegalInstrument TradeUnionLaw = new("trade-union-law", "工会法", "Trade Union Law");

    /// <summary>工资集体协商试行办法 (劳动和社会保障部令第9号, 2000).</summary>
    public static readonly LegalInstrument WageNegotiationMeasures = new("wage-negotiation-measures", "工资集体协商试行办法", "Trial Measures for Collective Wage Negotiation", "劳动和社会保障部令第9号");

    /// <summary>最低工资规定 (劳动和社会保障部令第21号, 2004).</summary>
    public static readonly LegalInstrument MinimumWageProvisions = new("minimum-wage-provisions", "最低工资规定", "Provisions on Minimum Wages", "劳动和社会保障部令第21号");

    /// <summary>国务院关于职工工作时间的规定 (1995).</summary>
    public static readonly LegalInstrument WorkingHoursProvisions = new("working-hours-provisions", "国务院关于职工工作时间的规定", "State Council Provisions on Employees' Working Hours");

    /// <summary>工资支付暂行规定 (劳部发〔1994〕489号).</summary>
    public static readonly LegalInstrument WagePaymentProvisions = new("wage-payment-provisions", "工资支付暂行规定", "Interim Provisions on Wage Payment", "劳部发〔1994〕489号");

    /// <summary>关于职工全年月平均工作时间和工资折算问题的通知 (劳社部发〔2008〕3号).</summary>
    public static readonly LegalInstrument MonthlyWorkingTimeNotice = new("monthly-working-time-notice", "关于职工全年月平均工作时间和工资折算问题的通知", "Notice on Employees' Average Monthly Working Time and Wage Conversion", "劳社部发〔2008〕3号");

    /// <summary>关于企业实行不定时工作制和综合计算工时工作制的审批办法 (劳部发〔1994〕503号).</summary>
    public static readonly LegalInstrument FlexibleHoursApprovalMeasures = new("flexible-hours-approval-measures", "关于企业实行不定时工作制和综合计算工时工作制的审批办法", "Measures for Approving Flexible and Comprehensive Working Hours", "劳部发〔1994〕503号");

    /// <summary>试点地区工资指导线制度试行办法 (劳部发〔1997〕27号).</summary>
    public static readonly LegalInstrument WageGuidelineMeasures = new("wage-guideline-measures", "试点地区工资指导线制度试行办法", "Trial Measures for the Wage Guideline System", "劳部发〔1997〕27号");

    /// <summary>关于工资总额组成的规定 (国家统计局令第1号, 1990).</summary>
    public static readonly LegalInstrument TotalWagesProvisions = new("total-wages-provisions", "关于工资总额组成的规定", "Provisions on the Composition of Total Wages", "国家统计局令第1号");

    /// <summary>劳务派遣暂行规定 (人社部令第22号, 2014).</summary>
    public static readonly LegalInstrument LabourDispatchProvisions = new("labour-dispatch-provisions", "劳务派遣暂行规定", "Interim Provisions on Labour Dispatch");

    /// <summary>中华人民共和国劳动争议调解仲裁法 (2007).</summary>
    public static readonly LegalInstrument LabourDisputeLaw = new("labour-dispute-law", "劳动争议调解仲裁法", "Labour Dispute Mediation and Arbitration Law");

    /// <summary>中华人民共和国民法典 (2020).</summary>
    public static readonly LegalInstrument CivilCode = new("civil-code", "民法典", "Civil Code");

    /// <summary>企业民主管理规定 (总工发〔2012〕12号).</summary>
    public static readonly LegalInstrument DemocraticManagementProvisions = new("democratic-management-provisions", "企业民主管理规定", "Provisions on the Democratic Management of Enterprises", "总工发〔2012〕12号");

    /// <summary>全国年节及纪念日放假办法 (2024 revision).</summary>
    public static readonly LegalInstrument PublicHolidayMeasures = new("public-holiday-measures", "全国年节及纪念日放假办法", "Measures on National Holidays and Commemoration Days");

    /// <summary>北京市集体合同条例 (2005).</summary>
    public static readonly LegalInstrument BeijingCollectiveContractRegulations = new("beijing-collective-contract-regulations", "北京市集体合同条例", "Beijing Regulations on Collective Contracts");

    /// <summary>上海市集体合同条例 (2008).</summary>
    public static readonly LegalInstrument ShanghaiCollectiveContractRegulations = new("shanghai-collective-contract-regulations", "上海市集体合同条例", "Shanghai Regulations on Collective Contracts");

    /// <summary>重庆市集体合同条例 (2016 revision).</summary>
    public static readonly LegalInstrument ChongqingCollectiveContractRegulations = new("chongqing-collective-contract-regulations", "重庆市集体合同条例", "Chongqing Regulations on Collective Contracts");

    /// <summary>上海市职工代表大会条例 (2017).</summary>
    public static readonly LegalInstrument ShanghaiWorkersCongressRegulations = new("shanghai-workers-congress-regulations", "上海市职工代表大会条例", "Shanghai Regulations on Workers' Congresses");

    /// <summary>
    /// A descriptive name for the local hardship rules as a whole; no document bears this title. Kept for compatibility and not
    /// cited: the hardship rules cite the texts of <c>Instruments.Hardship.cs</c> (邢台, 青岛, 平顶山, 江门, 邹城; 中华全国总工会).
    /// </summary>
    public static readonly LegalInstrument HardshipLocalRules = new("hardship-local-rules", "困难职工帮扶认定办法（地方实施细则）", "Local rules on identifying and assisting workers in hardship");

    /// <summary>
    /// A descriptive name for 中华全国总工会 policy documents as a whole; no document bears this title. Kept for compatibility and
    /// not cited: the hardship rules cite <see cref="AcftuAssistanceNotice2022"/> and <see cref="AcftuAssistanceFundRules2022"/>.
    /// </summary>
    public static readonly LegalInstrument AcftuRules = new("acftu-rules", "中华全国总工会有关规定", "Rules of the All-China Federation of Trade Unions");

    private static LegalInstrument[]? s_all;

    /// <summary>Gets every instrument the library knows, national and local, in a fixed order.</summary>
    public static IReadOnlyList<LegalInstrument> All => s_all ??= [CollectiveContractProvisions, LabourContractLaw, LabourContractLawRegulations, LabourLaw, TradeUnionLaw, WageNegotiationMeasures, MinimumWageProvisions, WorkingHoursProvisions, WagePaymentProvisions, MonthlyWorkingTimeNotice, FlexibleHoursApprovalMeasures, WageGuidelineMeasures, TotalWagesProvisions, LabourDispatchProvisions, LabourDisputeLaw, CivilCode, DemocraticManagementProvisions, PublicHolidayMeasures, BeijingCollectiveContractRegulations, ShanghaiCollectiveContractRegulations, ChongqingCollectiveContractRegulations, ShanghaiWorkersCongressRegulations, HardshipLocalRules, AcftuRules, .. HardshipTexts, .. OrganisationTexts, .. LabourStandardTexts, .. LocalA, .. LocalB];

    /// <summary>Finds the instrument whose Chinese title a parameter's source begins with (the longest such title).</summary>
    /// <param name="source">A source text such as <c>浙江省集体合同条例 第七条</c>.</param>
    /// <returns>The instrument, or <see langword="null"/> when the source names none the library knows.</returns>
    public static LegalInstrument? FindByTitle(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        LegalInstrument? best = null;
        foreach (LegalInstrument instrument in All)
        {
            if (source.StartsWith(instrument.Title, StringComparison.Ordinal) && (best is null || instrument.Title.Length > best.Title.Length))
            {
                best = instrument;
            }
        }

        return best;
    }
}

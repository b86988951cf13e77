namespace Union.Rules.Engine;

/// <summary>
/// The texts behind the hardship template (困难职工认定依据): no statute governs 困难职工 recognition; 中华全国总工会 sets the three
/// categories and the funding rules, and local trade-union documents that copy a common template set the numbers.
/// </summary>
/// <remarks>
/// The local documents were read as published on the web (V-secondary). Where the published page gives no title of its own,
/// the title here is the publisher with the heading the page uses (or, failing one, the template's heading 困难职工家庭认定标准)
/// and the year, and the document says so: replace it with the document's own title when the text is held.
/// </remarks>
public static partial class Instruments
{
    /// <summary>
    /// 关于做好疫情期间常态化送温暖和帮扶工作有关事项的通知 (中华全国总工会, 2022): names the three categories
    /// "深度困难、相对困难、意外致困" and the 低收入职工致贫返困监测预警机制 (early warning of relapse). Its document number was
    /// not seen.
    /// </summary>
    public static readonly LegalInstrument AcftuAssistanceNotice2022 = new(
        "acftu-assistance-notice-2022",
        "关于做好疫情期间常态化送温暖和帮扶工作有关事项的通知",
        "ACFTU Notice on Regular Warmth-Delivery and Assistance Work during the Epidemic (2022)");

    /// <summary>
    /// 中央财政职工困难帮扶资金项目管理实施细则 (中华全国总工会, December 2022): what the central hardship funds pay for (生活救助、子女助学、
    /// 大病救助、职业培训和职业介绍, 送温暖).
    /// </summary>
    public static readonly LegalInstrument AcftuAssistanceFundRules2022 = new(
        "acftu-assistance-fund-rules-2022",
        "中央财政职工困难帮扶资金项目管理实施细则",
        "ACFTU Implementing Rules for Projects Funded by Central Fiscal Funds for Assisting Workers in Hardship (2022)");

    /// <summary>职工困难帮扶资金管理办法 (财政部, 2022): the management of the funds for assisting workers in hardship.</summary>
    public static readonly LegalInstrument HardshipAssistanceFundMeasures2022 = new(
        "hardship-assistance-fund-measures-2022",
        "职工困难帮扶资金管理办法",
        "Measures for the Management of Funds for Assisting Workers in Hardship (Ministry of Finance, 2022)");

    /// <summary>
    /// The 邢台 trade-union text of 2021 on recognising hardship households (published 2021-07-09 on 河北工会职工服务网, 邢台:
    /// xt.hebzgfw.cn, t20210709_418234): the per-head formula "(工资性收入+经营净收入+财产净收入+转移净收入+其他应当计入家庭的收入-因病
    /// 刚性支出-因残刚性支出-因学刚性支出-住房刚性支出-其他刚性支出)/家庭总人口/12个月", schooling "不包含义务教育", and the exclusions
    /// that bar 深度困难. The page's own title was not seen: the title here is the publisher, the template's heading and the year.
    /// </summary>
    public static readonly LegalInstrument XingtaiHardshipStandard2021 = new(
        "xingtai-hardship-standard-2021",
        "邢台市总工会困难职工家庭认定标准（2021年）",
        "Xingtai Federation of Trade Unions: Standard for Recognising Hardship Households (2021)");

    /// <summary>
    /// 困难职工家庭认定标准 as published by 平顶山市总工会 (pdsgh.org, node 16762): the three categories, 深度困难 "低于当地最低生活保障标准",
    /// 相对困难 "扣减因病、因残、因子女上学等家庭刚性支出和必要就业成本后，家庭人均纯收入低于当地最低生活保障标准2倍以内", and the
    /// 意外致困 cases. The title is the page's heading with its publisher.
    /// </summary>
    public static readonly LegalInstrument PingdingshanHardshipStandard = new(
        "pingdingshan-hardship-standard",
        "平顶山市总工会困难职工家庭认定标准",
        "Pingdingshan Federation of Trade Unions: Standard for Recognising Hardship Households");

    /// <summary>
    /// 困难职工家庭建档帮扶条件 as published by 青岛市总工会 with its self-test tool: the formula "(家庭成员年度可支配收入-刚性支出)÷12÷
    /// 家庭共同生活人口", 深度困难 "&lt;最低生活保障标准", 相对困难 "&lt;最低生活保障标准2倍", 意外致困 "年度内致困费用(损失)超过家庭年收入
    /// 80%以上", migrant workers "一年以上事实劳动关系", and the exclusions of "困难职工家庭认定及建档" (高收费: "超过当地相同等级公立学校
    /// 2倍"). The title is the page's heading with its publisher.
    /// </summary>
    public static readonly LegalInstrument QingdaoHardshipConditions = new(
        "qingdao-hardship-conditions",
        "青岛市总工会困难职工家庭建档帮扶条件",
        "Qingdao Federation of Trade Unions: Conditions for Filing and Assisting Hardship Households");

    /// <summary>
    /// The 江门 trade-union text of 2025 on household income (published 2025-06-18): all disposable income counts, union aid
    /// counts ("各级工会组织发放的生活救助金、助学金、医疗救助金需计入家庭收入"), the residents' basic pension ("暂不计入") and small
    /// holiday gifts ("可不计入") do not; working-age members who could work are counted at the minimum wage. The page's own
    /// title was not seen: the title here is the publisher, the template's heading and the year.
    /// </summary>
    public static readonly LegalInstrument JiangmenHardshipStandard2025 = new(
        "jiangmen-hardship-standard-2025",
        "江门市总工会困难职工家庭认定标准（2025年）",
        "Jiangmen Federation of Trade Unions: Standard for Recognising Hardship Households (2025)");

    /// <summary>
    /// The 邹城市总工会 text of 2023 on the dynamic management of hardship files (mencius.gov.cn, item 17784): "每年定期核实调整
    /// 困难职工档案…实时进出，动态管理". The page's own title was not seen: the title here is the publisher, its subject and the year.
    /// </summary>
    public static readonly LegalInstrument ZouchengHardshipFileManagement2023 = new(
        "zoucheng-hardship-file-management-2023",
        "邹城市总工会困难职工档案动态管理（2023年）",
        "Zoucheng Federation of Trade Unions: Dynamic Management of Hardship Files (2023)");

    private static readonly LegalInstrument[] HardshipTexts =
    [
        AcftuAssistanceNotice2022, AcftuAssistanceFundRules2022, HardshipAssistanceFundMeasures2022, XingtaiHardshipStandard2021,
        PingdingshanHardshipStandard, QingdaoHardshipConditions, JiangmenHardshipStandard2025, ZouchengHardshipFileManagement2023,
    ];
}

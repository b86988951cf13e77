namespace Union.Rules.Engine;

/// <summary>The national texts the union-organisation rules cite beside 工会法 (工会组织规则引用的文件).</summary>
public static partial class Instruments
{
    /// <summary>
    /// 最高人民法院关于在民事审判工作中适用《中华人民共和国工会法》若干问题的解释: adopted 2003-01-09 by the 最高人民法院审判委员会
    /// (第1263次会议), amended 2020-12-23 (第1823次会议). 第二条 counts the extension of a full-time officer's labour contract from the
    /// end of the union term and defines 个人严重过失 as 劳动法 第二十五条第（二）至（四）项. It cites 工会法 by its 2009 numbering
    /// (its 第十八条 is the 2021 law's 第十九条). The inner title marks are written 〈〉, as Chinese typesetting nests them.
    /// </summary>
    public static readonly LegalInstrument TradeUnionLawInterpretation = new(
        "trade-union-law-interpretation",
        "最高人民法院关于在民事审判工作中适用〈中华人民共和国工会法〉若干问题的解释",
        "Interpretation of the Supreme People's Court on Applying the Trade Union Law in Civil Trials");

    private static readonly LegalInstrument[] OrganisationTexts = [TradeUnionLawInterpretation];
}

using System.Globalization;
using Union.Domain.Common;
using Union.Domain.Organisation;
using Union.Rules.Engine;

namespace Union.Rules.Organisation;

/// <summary>The zh-Hans and English messages of the union-organisation rules, and the labels of the names their arguments carry.</summary>
internal static class OrganisationMessages
{
    internal static readonly MessageEntry[] Entries =
    [
        new("engine.noLocalRegulation.union", "未载入地区 {region} 关于工会组织的地方性法规，适用全国规定。", "No local regulation of region {region} on union organisation is loaded; national rules applied."),

        new("ORG-COMMITTEE.title", "会员二十五人以上应当建立基层工会委员会", "A committee where there are 25 or more members"),
        new("ORG-COMMITTEE.required", "会员 {members} 人，达到 {min} 人以上，应当单独建立基层工会委员会；现为{form}。", "{members} members, {min} or more: the employer must have its own grassroots committee; it has {form}."),
        new("ORG-COMMITTEE.optional", "会员 {members} 人，不足 {min} 人：可以单独建立基层工会委员会，也可以联合建立基层工会委员会，也可以选举组织员一人；现为{form}。", "{members} members, fewer than {min}: an own committee, a committee set up jointly with other employers, or one elected organiser are all open; it has {form}."),

        new("ORG-FULLTIME-CHAIR.title", "职工二百人以上可以设专职工会主席", "A full-time chair from 200 employees"),
        new("ORG-FULLTIME-CHAIR.entitled", "职工 {employees} 人，达到 {min} 人以上，工会可以设专职工会主席（可以设，不是必须设）；现有{chair}。", "{employees} employees, {min} or more: the union may have a full-time chair (may, not must); it has {chair}."),
        new("ORG-FULLTIME-CHAIR.notEntitled", "职工 {employees} 人，不足 {min} 人：本条未赋予设专职工会主席的权利；现有{chair}。", "{employees} employees, fewer than {min}: the article gives no entitlement to a full-time chair; it has {chair}."),
        new("ORG-FULLTIME-CHAIR.byAgreement", "职工 {employees} 人，不足 {min} 人，本条未赋予设专职工会主席的权利，但也不禁止；现有{chair}，属工会与单位协商确定的专职工作人员。", "{employees} employees, fewer than {min}: the article gives no entitlement to a full-time chair, nor forbids one; it has {chair}, full-time staff as the union and the employer agree."),
        new("ORG-FULLTIME-CHAIR.stateOrgan", "本条适用于企业、事业单位、社会组织的工会，不包括机关；机关工会适用中华全国总工会会同有关国家机关制定的具体办法（第五十七条）。", "The article covers the unions of enterprises, public institutions and social organisations, not of state organs; those follow the measures of art. 57."),

        new("ORG-TERM.title", "基层工会委员会每届任期三年或者五年", "A committee's term of three or five years"),
        new("ORG-TERM.ends", "本届任期自 {start} 起 {years} 年，至 {ends} 届满。", "The term from {start} for {years} years ends on {ends}."),
        new("ORG-TERM.expired", "本届任期已于 {ends} 届满（审查日 {asOf}），应当换届选举。", "The term ended on {ends} (review date {asOf}): the next committee is due to be elected."),
        new("ORG-TERM.years", "基层工会委员会每届任期 {years} 年，不是法定的 {allowed} 年。", "A term of {years} years is not one the law allows ({allowed} years)."),

        new("ORG-RELATIVES.title", "企业主要负责人的近亲属不得作为基层工会委员会成员", "No close relative of the principal leaders on the committee"),
        new("ORG-RELATIVES.closeRelative", "{role}{name}是企业主要负责人的{relation}，属于近亲属，不得作为本企业基层工会委员会成员的人选。", "The {role} {name} is the {relation} of a principal leader of the enterprise, a close relative, and may not be a member of its grassroots committee."),
        new("ORG-RELATIVES.notClose", "{name}与企业主要负责人的关系为{relation}，不属于近亲属（民法典第一千零四十五条）。", "{name} is a {relation} of a principal leader, not a close relative (Civil Code, art. 1045)."),

        new("ORG-OFFICER-PROTECTION.title", "工会主席、副主席、委员劳动合同期限自动延长", "Officers' labour contracts extended by law"),
        new("ORG-OFFICER-PROTECTION.fullTime", "专职{role}{name}自 {tookOffice} 任职至 {officeEnds}；劳动合同期限自动延长，自 {extensionStarts} 起延长相当于任职期间的期限，由 {contractEnd} 延长至 {extendedTo}。", "The full-time {role} {name} held office from {tookOffice} to {officeEnds}: the labour contract is extended by a period as long, from {extensionStarts}, from {contractEnd} to {extendedTo}."),
        new("ORG-OFFICER-PROTECTION.fullTimeToTermEnd", "专职{role}{name}自 {tookOffice} 任职，按任职至任期届满（{officeEnds}）计算：劳动合同期限自动延长，自 {extensionStarts} 起延长相当于任职期间的期限，由 {contractEnd} 延长至 {extendedTo}；提前离任的，按实际任职期间重新计算。", "The full-time {role} {name} took office on {tookOffice}; reckoned to the term's end ({officeEnds}), the labour contract is extended by a period as long, from {extensionStarts}, from {contractEnd} to {extendedTo}; leaving office earlier shortens it to the actual time in office."),
        new("ORG-OFFICER-PROTECTION.partTime", "非专职{role}{name}的劳动合同于 {contractEnd} 期满，短于任期：自动延长至任期期满 {extendedTo}。", "The part-time {role} {name}'s labour contract ends on {contractEnd}, before the term: it is extended to the term's end, {extendedTo}."),
        new("ORG-OFFICER-PROTECTION.notNeeded", "{role}{name}的劳动合同于 {contractEnd} 期满，不早于受保护的日期 {protectedUntil}，无需延长。", "The {role} {name}'s labour contract ends on {contractEnd}, not before the protected day {protectedUntil}: no extension is needed."),
        new("ORG-OFFICER-PROTECTION.openEnded", "{role}{name}订立的是无固定期限劳动合同，无需延长（受保护至 {protectedUntil}）。", "The {role} {name} has an open-ended labour contract: nothing to extend (protected to {protectedUntil})."),
        new("ORG-OFFICER-PROTECTION.exception", "{role}{name}的劳动合同因{ground}于 {on} 终止，属于本条但书的除外情形，不延长。", "The {role} {name}'s labour contract ended on {on} for {ground}, an exception of the article: no extension."),
        new("ORG-OFFICER-PROTECTION.endedEarly", "{role}{name}的劳动合同于 {on} 以期满为由终止，但依法已自动延长至 {extendedTo}。", "The {role} {name}'s labour contract was ended on {on} as expired, but by law it ran on to {extendedTo}."),
        new("ORG-OFFICER-PROTECTION.endedOtherwise", "{name}的劳动合同于 {on} 因{ground}结束，早于延长后的期满日；本条不调整该情形，请依其他规定审查。", "{name}'s labour contract ended on {on} by {ground}, before the extended end; the article does not decide this: check it under the other rules."),

        new("ORG-FUNDS.title", "工会经费：全部职工工资总额的百分之二", "Union funds: 2 % of the payroll of all employees"),
        new("ORG-FUNDS.payroll", "{from} 至 {to} 工资总额 {payroll} 元：计时工资 {timeWages} 元，计件工资 {pieceWages} 元，奖金 {bonuses} 元，津贴和补贴 {allowances} 元，加班加点工资 {overtime} 元，特殊情况下支付的工资 {special} 元。", "Payroll {from} to {to}: {payroll} yuan; time wages {timeWages} yuan, piece wages {pieceWages} yuan, bonuses {bonuses} yuan, allowances and subsidies {allowances} yuan, overtime pay {overtime} yuan, pay in special circumstances {special} yuan."),
        new("ORG-FUNDS.excluded", "{name}（{item}）{amount} 元不列入工资总额，不计提工会经费。", "{name} ({item}), {amount} yuan, is not payroll and bears no union funds."),
        new("ORG-FUNDS.amount", "工会经费 = 工资总额 {payroll} × {rate} = {exact} 元，四舍五入到分为 {amount} 元。", "Union funds = payroll {payroll} × {rate} = {exact} yuan; rounded half up to the fen: {amount} yuan."),
        new("ORG-FUNDS.split", "基层工会留成 {share}：{grassroots} 元（{grassrootsExact} 四舍五入到分）；上解上级工会 {higher} 元（经费减去留成）。留成比例依据：{source}。", "The grassroots union keeps {share}: {grassroots} yuan ({grassrootsExact} rounded half up to the fen); {higher} yuan goes to higher levels (the funds less the share kept). The share's source: ({source})."),
        new("ORG-FUNDS.noUnion", "本单位尚未建立工会组织；第四十三条第一款第（二）项的拨缴义务属于建立工会组织的用人单位，以上金额仅供测算。", "No union organisation is set up yet; art. 43(1)(2) binds employers that have set one up, so the amounts are an estimate only."),

        new("ORG-DUES.title", "会员会费", "Members' dues"),
        new("ORG-DUES.rateMissing", "未评估：缺少会费比例参数 {parameter}（{month} 所属月份）。规定会费比例的中华全国总工会文件未经核实，本库不内置默认值，请在参数层中提供。", "Not assessed: the dues rate {parameter} is needed (month of {month}). The ACFTU rule that sets it has not been verified, so no default is shipped: supply it in a parameter layer."),
        new("ORG-DUES.member", "{name}：会费基数 {base} 元（奖金、津贴 {leftOut} 元不计入），会费 {amount} 元。", "{name}: dues base {base} yuan (bonuses and allowances of {leftOut} yuan left out), dues {amount} yuan."),
        new("ORG-DUES.total", "{month} 所属月份 {count} 名会员按 {rate} 交纳会费（基数取整单位：{step}），合计 {total} 元（每人四舍五入到分后相加）。", "Dues for the month of {month}: {count} members at {rate} (base step: {step}), {total} yuan in all (each member's dues rounded half up to the fen, then added)."),

        new("outcome.committeeRequired.true", "会员人数要求单独建立基层工会委员会", "The members' number requires the employer's own committee"),
        new("outcome.committeeRequired.false", "会员人数未要求单独建立基层工会委员会", "The members' number does not require a committee of the employer's own"),
        new("outcome.fullTimeChairEntitled.true", "可以设专职工会主席", "May have a full-time chair"),
        new("outcome.fullTimeChairEntitled.false", "本条未赋予设专职工会主席的权利", "No entitlement to a full-time chair under the article"),
        new("outcome.termEnds", "本届任期届满：{value}", "The term ends: {value}"),
        new("outcome.protectedUntil", "劳动合同受保护至：{value}（{name}）", "Labour contract protected to: {value} ({name})"),
        new("outcome.fundsAmount", "工会经费：{value} 元（基层留成 {grassroots} 元，上解 {higher} 元）", "Union funds: {value} yuan (kept {grassroots} yuan, to higher levels {higher} yuan)"),
        new("outcome.duesTotal", "会费合计：{value} 元", "Dues in all: {value} yuan"),

        new("value.form.committee", "单独建立的基层工会委员会", "its own committee"),
        new("value.form.jointCommittee", "联合建立的基层工会委员会", "a joint committee with other employers"),
        new("value.form.organiser", "组织员一人", "one organiser"),
        new("value.form.none", "尚未建立工会组织", "no union organisation"),
        new("value.role.chair", "工会主席", "chair"),
        new("value.role.viceChair", "工会副主席", "vice-chair"),
        new("value.role.member", "工会委员", "committee member"),
        new("value.relation.none", "无亲属关系", "no relative"),
        new("value.relation.spouse", "配偶", "spouse"),
        new("value.relation.parent", "父母", "parent"),
        new("value.relation.child", "子女", "child"),
        new("value.relation.sibling", "兄弟姐妹", "brother or sister"),
        new("value.relation.grandparent", "祖父母、外祖父母", "grandparent"),
        new("value.relation.grandchild", "孙子女、外孙子女", "grandchild"),
        new("value.relation.otherRelative", "其他亲属", "other relative"),
        new("value.ending.expiry", "期满", "expiry"),
        new("value.ending.seriousMisconduct", "个人严重过失", "serious personal fault"),
        new("value.ending.retirementAge", "达到法定退休年龄", "reaching the statutory retirement age"),
        new("value.ending.mutualAgreement", "协商一致解除", "mutual agreement"),
        new("value.ending.resignation", "本人辞职", "resignation"),
        new("value.ending.other", "其他原因", "another ground"),
        new("value.chair.fullTime", "专职工会主席", "a full-time chair"),
        new("value.chair.partTime", "非专职工会主席", "a part-time chair"),
        new("value.chair.none", "未设工会主席", "no chair"),
        new("value.notPayroll.stateAwards", "第十一条第（一）项 创造发明奖等奖励", "art. 11(1), state awards"),
        new("value.notPayroll.insuranceAndWelfare", "第十一条第（二）项 劳动保险和职工福利费用", "art. 11(2), labour insurance and welfare"),
        new("value.notPayroll.retireeBenefits", "第十一条第（三）项 离休、退休、退职人员待遇", "art. 11(3), retirees' benefits"),
        new("value.notPayroll.labourProtection", "第十一条第（四）项 劳动保护支出", "art. 11(4), labour protection"),
        new("value.notPayroll.authorAndLectureFees", "第十一条第（五）项 稿费、讲课费等", "art. 11(5), author's and lecture fees"),
        new("value.notPayroll.travelAndRelocation", "第十一条第（六）项 出差伙食补助、误餐补助、调动旅费和安家费", "art. 11(6), travel meals, missed meals, transfer costs"),
        new("value.notPayroll.toolCompensation", "第十一条第（七）项 自带工具、牲畜补偿", "art. 11(7), compensation for own tools or animals"),
        new("value.notPayroll.lesseeRiskIncome", "第十一条第（八）项 承租人风险性补偿收入", "art. 11(8), a lessee's risk income"),
        new("value.notPayroll.dividendsAndInterest", "第十一条第（九）项 股息和利息", "art. 11(9), dividends and interest"),
        new("value.notPayroll.terminationPayments", "第十一条第（十）项 解除劳动合同时支付的补助费", "art. 11(10), payments on ending a labour contract"),
        new("value.notPayroll.temporaryLabourFees", "第十一条第（十一）项 录用临时工的手续费、管理费", "art. 11(11), fees for temporary labour"),
        new("value.notPayroll.outworkAndSubcontracting", "第十一条第（十二）项 加工费和发包费用", "art. 11(12), outwork and subcontracting"),
        new("value.notPayroll.studentAllowances", "第十一条第（十三）项 在校学生补贴", "art. 11(13), student allowances"),
        new("value.notPayroll.oneChildAllowances", "第十一条第（十四）项 独生子女补贴", "art. 11(14), one-child allowances"),
    ];

    /// <summary>The recorded name of a form (<c>form.committee</c>), labelled above.</summary>
    internal static string FormName(UnionForm form) => form switch
    {
        UnionForm.Committee => "form.committee",
        UnionForm.JointCommittee => "form.jointCommittee",
        UnionForm.Organiser => "form.organiser",
        _ => "form.none",
    };

    /// <summary>The recorded name of a role (<c>role.chair</c>).</summary>
    internal static string RoleName(CommitteeRole role) => role switch
    {
        CommitteeRole.Chair => "role.chair",
        CommitteeRole.ViceChair => "role.viceChair",
        _ => "role.member",
    };

    /// <summary>The recorded name of a relationship (<c>relation.spouse</c>).</summary>
    internal static string RelationName(PrincipalRelation relation) => "relation." + relation switch
    {
        PrincipalRelation.None => "none",
        PrincipalRelation.Spouse => "spouse",
        PrincipalRelation.Parent => "parent",
        PrincipalRelation.Child => "child",
        PrincipalRelation.Sibling => "sibling",
        PrincipalRelation.Grandparent => "grandparent",
        PrincipalRelation.Grandchild => "grandchild",
        _ => "otherRelative",
    };

    /// <summary>The recorded name of a ground (<c>ending.expiry</c>).</summary>
    internal static string GroundName(ContractEndingGround ground) => "ending." + ground switch
    {
        ContractEndingGround.Expiry => "expiry",
        ContractEndingGround.SeriousMisconduct => "seriousMisconduct",
        ContractEndingGround.RetirementAge => "retirementAge",
        ContractEndingGround.MutualAgreement => "mutualAgreement",
        ContractEndingGround.Resignation => "resignation",
        _ => "other",
    };

    /// <summary>The name of a payroll component in facts (<c>timeWages</c>).</summary>
    internal static string ComponentKey(PayrollComponent component) => component switch
    {
        PayrollComponent.TimeWages => "timeWages",
        PayrollComponent.PieceWages => "pieceWages",
        PayrollComponent.Bonuses => "bonuses",
        PayrollComponent.AllowancesAndSubsidies => "allowancesAndSubsidies",
        PayrollComponent.OvertimePay => "overtimePay",
        _ => "specialCircumstancesPay",
    };

    /// <summary>The recorded name of an item that is not payroll (<c>notPayroll.terminationPayments</c>).</summary>
    internal static string NotPayrollKey(NotPayrollItem item) => "notPayroll." + item switch
    {
        NotPayrollItem.StateAwards => "stateAwards",
        NotPayrollItem.InsuranceAndWelfare => "insuranceAndWelfare",
        NotPayrollItem.RetireeBenefits => "retireeBenefits",
        NotPayrollItem.LabourProtection => "labourProtection",
        NotPayrollItem.AuthorAndLectureFees => "authorAndLectureFees",
        NotPayrollItem.TravelAndRelocation => "travelAndRelocation",
        NotPayrollItem.ToolCompensation => "toolCompensation",
        NotPayrollItem.LesseeRiskIncome => "lesseeRiskIncome",
        NotPayrollItem.DividendsAndInterest => "dividendsAndInterest",
        NotPayrollItem.TerminationPayments => "terminationPayments",
        NotPayrollItem.TemporaryLabourFees => "temporaryLabourFees",
        NotPayrollItem.OutworkAndSubcontracting => "outworkAndSubcontracting",
        NotPayrollItem.StudentAllowances => "studentAllowances",
        _ => "oneChildAllowances",
    };

    /// <summary>A ratio as a percentage for a message: 2/100 → <c>2%</c>, 3/5 → <c>60%</c>, 1/3 → <c>33.3333%</c>.</summary>
    internal static string Percent(Ratio ratio) =>
        decimal.Round(ratio.ToPercent(), 4, MidpointRounding.AwayFromZero).ToString("0.####", CultureInfo.InvariantCulture) + "%";
}

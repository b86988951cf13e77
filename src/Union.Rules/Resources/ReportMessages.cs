using Union.Rules.Engine;

namespace Union.Rules.Resources;

/// <summary>Messages of the reports' outcome sections: statutory dates, a wage agreement's effect, a household's category and file.</summary>
internal static class ReportMessages
{
    internal static readonly MessageEntry[] Entries =
    [
        new("outcome.replyDue", "书面回应期限：{value}", "Written reply due: {value}"),
        new("outcome.fillDue", "协商代表空缺补缺期限：{value}", "Negotiator vacancy to be filled by: {value}"),
        new("outcome.filingDue", "报送期限：{value}", "Filing due: {value}"),
        new("outcome.refilingDue", "重新报送期限：{value}", "Re-filing due: {value}"),
        new("outcome.reviewEnds", "审查期届满：{value}", "Review period ends: {value}"),
        new("outcome.effectiveFrom", "生效日期：{value}", "In effect from: {value}"),
        new("outcome.expires", "期满日期：{value}", "Expires: {value}"),
        new("outcome.renewalWindowOpens", "续订窗口开始：{value}", "Renewal window opens: {value}"),
        new("outcome.renewalWindowCloses", "续订窗口截止：{value}", "Renewal window closes: {value}"),
        new("outcome.publicationDue", "公布期限：{value}", "Publication due: {value}"),
        new("outcome.labourContractExtendedTo", "协商代表劳动合同顺延至：{value}", "Negotiator's labour contract extended to: {value}"),
        new("outcome.nextRoundBy", "下一轮工资集体协商：{value} 前", "Next wage round by: {value}"),
        new("outcome.renewalWindowFrom", "协商意向书提出期开始：{value}", "Proposal window for the next round opens: {value}"),
        new("outcome.renewalWindowTo", "协商意向书提出期截止：{value}", "Proposal window for the next round closes: {value}"),
        new("outcome.reviewDue", "年度复核日期：{value}", "Annual review due: {value}"),
        new("outcome.nextReview", "下次复核：{value}", "Next review: {value}"),
        new("outcome.effect.notFiled", "工资协议尚未报送劳动保障行政部门", "The agreement has not been filed with the labour administration"),
        new("outcome.effect.approved", "劳动保障行政部门审查同意，工资协议已生效", "Approved by the labour administration; the agreement is in effect"),
        new("outcome.effect.deemed", "审查期内未收到审查意见书，视为同意", "No review opinion within the review period: deemed approved"),
        new("outcome.effect.returned", "审查意见书提出修改意见，需修改后重新报送", "The review opinion asks for changes; revise and file again"),
        new("outcome.effect.awaitingOpinion", "待劳动保障行政部门书面审查意见书，尚未生效", "Awaiting the administration's written review opinion; not yet in effect"),
        new("outcome.category.none", "认定结果：不属于困难职工", "Category: not in hardship"),
        new("outcome.category.deep", "认定结果：深度困难", "Category: deep hardship (深度困难)"),
        new("outcome.category.relative", "认定结果：相对困难", "Category: relative hardship (相对困难)"),
        new("outcome.category.accidentInduced", "认定结果：意外致困", "Category: accident-induced hardship (意外致困)"),
        new("outcome.category.notAssessed", "认定结果：未能评估", "Category: not assessed"),
        new("outcome.perHeadMonthly", "家庭人均月收入：({counted} 元 + {imputed} 元 − {rigid} 元) ÷ {size} 人 ÷ {months} 个月 = {value} 元（收入 + 推算收入 − 刚性支出，÷ 人数 ÷ 月数）", "Per-head monthly income: ({counted} yuan + {imputed} yuan − {rigid} yuan) ÷ {size} people ÷ {months} months = {value} yuan (income + imputed income − rigid expenditure, ÷ people ÷ months)"),
        new("outcome.relativePerHeadMonthly", "家庭人均月收入（相对困难认定，另扣必要就业成本等）：({counted} 元 + {imputed} 元 − {rigid} 元) ÷ {size} 人 ÷ {months} 个月 = {value} 元", "Per-head monthly income for the relative test (job costs also deducted): ({counted} yuan + {imputed} yuan − {rigid} yuan) ÷ {size} people ÷ {months} months = {value} yuan"),
        new("outcome.exclusion.privateSchool", "排除情形：子女就读高收费民办学校", "Exclusion: a child at a high-fee private school"),
        new("outcome.exclusion.studyAbroad", "排除情形：自费出国留学", "Exclusion: self-funded study abroad"),
        new("outcome.exclusion.controllingShareholder", "排除情形：家庭成员为企业控股股东或实际控制人", "Exclusion: a member controls a company"),
        new("outcome.exclusion.homes", "排除情形：拥有两套以上住房且人均面积超过当地标准", "Exclusion: two or more homes above the local area per head"),
        new("outcome.exclusion.vehicle", "排除情形：拥有或经常使用机动车辆", "Exclusion: owns or regularly uses a motor vehicle"),
        new("outcome.exclusion.businessEmployer", "排除情形：经营企业并雇佣他人", "Exclusion: runs a business that employs others"),
        new("outcome.exclusion.nonCooperation", "排除情形：拒不配合核查或提供虚假材料", "Exclusion: refused to cooperate or gave false material"),
        new("outcome.exclusion.refusesWork", "排除情形：有劳动能力的适龄成员拒绝就业", "Exclusion: an able working-age member refuses work"),
        new("outcome.assistance.livingAid", "建议帮扶：生活救助", "Recommended: living aid"),
        new("outcome.assistance.schoolingAid", "建议帮扶：助学", "Recommended: schooling aid"),
        new("outcome.assistance.autumnSchoolGrant", "建议帮扶：金秋助学", "Recommended: autumn school grant (金秋助学)"),
        new("outcome.assistance.medicalAid", "建议帮扶：医疗救助", "Recommended: medical aid"),
        new("outcome.assistance.employmentHelp", "建议帮扶：就业帮扶", "Recommended: employment help"),
        new("outcome.assistance.holidayRelief", "建议帮扶：送温暖", "Recommended: holiday relief (送温暖)"),
        new("outcome.fileStatus.notEligible", "档案：不予建档", "File: not eligible"),
        new("outcome.fileStatus.newFile", "档案：新建档案", "File: open a new file"),
        new("outcome.fileStatus.continue", "档案：继续帮扶", "File: continue"),
        new("outcome.fileStatus.exit", "档案：解困脱困", "File: exit hardship"),
        new("outcome.fileStatus.exitRelapseWatch", "档案：解困脱困，纳入返困监测", "File: exit hardship, with a relapse watch"),
        new("outcome.fileStatus.relapse", "档案：返困", "File: relapse"),
    ];
}

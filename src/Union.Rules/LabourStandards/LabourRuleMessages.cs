using Union.Rules.Engine;

namespace Union.Rules.LabourStandards;

/// <summary>
/// The zh-Hans and English messages of the labour-file rules (LS-*), the labour domain's outcome and its names (劳动标准规则消息);
/// the shared labour-standard checks have theirs in <see cref="LabourStandardMessages"/>.
/// </summary>
internal static class LabourRuleMessages
{
    internal static readonly MessageEntry[] Entries =
    [
        new("engine.noLocalRegulation.ls", "未载入地区 {region} 关于劳动合同与劳动标准的地方性法规，适用全国规定。", "No local regulation of region {region} on labour contracts and labour standards is loaded; national rules applied."),

        new("LS-DISPATCH-CAP.title", "被派遣劳动者不超过用工总量的10%", "Dispatched workers at most 10 % of the workforce"),
        new("LS-DISPATCH-CAP.over", "使用被派遣劳动者 {dispatched} 人，占用工总量 {workforce} 人（订立劳动合同 {own} 人与被派遣 {dispatched} 人之和），超过 {ratio}；订立劳动合同 {own} 人时最多可使用 {largest} 人，超出 {excess} 人。", "{dispatched} dispatched workers in a workforce of {workforce} ({own} under the employer's own labour contracts plus {dispatched} dispatched) are more than {ratio}; beside {own} own employees at most {largest} may be used, {excess} too many."),
        new("LS-DISPATCH-CAP.exempt", "用工单位属于{exemption}，不受劳务派遣用工比例的限制。", "The employer is {exemption}, which the cap on the dispatched share does not bind."),
        new("LS-DISPATCH-POST.title", "被派遣劳动者只在临时性、辅助性或者替代性岗位上使用", "Dispatched workers only on temporary, auxiliary or substitute posts"),
        new("LS-DISPATCH-POST.mainPost", "岗位“{post}”是主营业务岗位，使用了 {workers} 名被派遣劳动者；被派遣劳动者只能在临时性、辅助性或者替代性的工作岗位上使用。", "The post {post} is a main business post with {workers} dispatched workers; dispatched workers may fill only temporary, auxiliary or substitute posts."),
        new("LS-DISPATCH-POST.temporaryTooLong", "临时性岗位“{post}”存续 {months}，超过 {max}，不是临时性工作岗位（{workers} 名被派遣劳动者）。", "The temporary post {post} exists for {months}, more than {max}, so it is no temporary post ({workers} dispatched workers)."),
        new("LS-DISPATCH-POST.exempt", "用工单位属于{exemption}，不受临时性、辅助性、替代性岗位的限制。", "The employer is {exemption}, which the limit to temporary, auxiliary and substitute posts does not bind."),
        new("value.foreignRepresentativeOffice", "外国企业常驻代表机构或者外国金融机构驻华代表机构等", "a resident representative office of a foreign enterprise or financial institution"),
        new("value.internationalSeafarers", "以劳务派遣形式使用国际远洋海员的船员用人单位", "a seafarers' employer using international ocean-going seafarers"),

        new("LS-PROBATION.title", "试用期的期限与次数", "Length and number of probation periods"),
        new("LS-PROBATION.tooLong", "{employee}：劳动合同期限 {term}，约定试用期 {probation}，超过 {max}。", "{employee}: a term of {term} with a probation of {probation}, more than {max}."),
        new("LS-PROBATION.tooLongOpenEnded", "{employee}：无固定期限劳动合同约定试用期 {probation}，超过 {max}。", "{employee}: an open-ended contract with a probation of {probation}, more than {max}."),
        new("LS-PROBATION.shortTerm", "{employee}：劳动合同期限 {term}，不满 {min}，不得约定试用期，却约定了 {probation}。", "{employee}: a term of {term}, under {min}, may have no probation, yet one of {probation} was agreed."),
        new("LS-PROBATION.taskBased", "{employee}：以完成一定工作任务为期限的劳动合同不得约定试用期，却约定了 {probation}。", "{employee}: a contract until a task is completed may have no probation, yet one of {probation} was agreed."),
        new("LS-PROBATION.second", "{employee}：同一用人单位与同一劳动者只能约定一次试用期；此前已约定过，又约定了 {probation}。", "{employee}: an employer may agree only one probation with the same employee; one was agreed before, and another of {probation} now."),
        new("LS-PROBATION.onlyProbation", "{employee}：约定试用期 {probation}，不短于劳动合同期限 {term}；劳动合同仅约定试用期的，试用期不成立，该期限为劳动合同期限。", "{employee}: a probation of {probation} in a term of {term}; where a contract agrees only a probation, the probation does not stand and the period is the contract's term."),
        new("LS-PROBATION.damages", "{employee}：超过法定试用期的期间为 {from} 至 {to}（{excess}），截至 {asOf} 已履行其中 {served}（按整月计）；以试用期满月工资 {wage} 元为标准，应支付赔偿金 {amount} 元。", "{employee}: the probation beyond the lawful limit runs from {from} to {to} ({excess}), of which {served}, counted in whole months, had been served by {asOf}: damages of {amount} yuan, at the monthly wage after probation of {wage} yuan."),

        new("LS-OPEN-ENDED.title", "应当订立无固定期限劳动合同的情形", "When an open-ended contract is due"),
        new("LS-OPEN-ENDED.tenYears", "{employee}：自 {started} 起在本单位连续工作，{tenYearsOn} 满 {years} 年；劳动者提出或者同意续订、订立劳动合同的，除劳动者提出订立固定期限劳动合同外，应当订立无固定期限劳动合同。", "{employee}: working for the employer since {started}, {years} years full on {tenYearsOn}; when the employee proposes or agrees to renew or conclude a contract, it shall be open-ended unless the employee proposes a fixed term."),
        new("LS-OPEN-ENDED.firstContracts", "{employee}：{concluded} 初次实行劳动合同制度或者国有企业改制重新订立劳动合同时，已连续工作满 {years} 年，法定退休日期 {retirement} 距此不足 {yearsToRetirement} 年，除劳动者提出订立固定期限劳动合同外，应当订立无固定期限劳动合同。", "{employee}: at the first labour contracts or the state enterprise's restructuring on {concluded}, {years} years of continuous work and a statutory retirement date of {retirement}, less than {yearsToRetirement} years away: the contract shall be open-ended unless the employee proposes a fixed term."),
        new("LS-OPEN-ENDED.twoFixedTerms", "{employee}：已连续订立 {terms} 次固定期限劳动合同，且无劳动合同法第三十九条和第四十条第一项、第二项规定的情形；续订劳动合同的，除劳动者提出订立固定期限劳动合同外，应当订立无固定期限劳动合同。", "{employee}: {terms} consecutive fixed-term contracts and no ground under art. 39 or art. 40 items 1 and 2 of the Labour Contract Law; a renewal shall be open-ended unless the employee proposes a fixed term."),
        new("LS-OPEN-ENDED.twoFixedTermsAssumed", "{employee}：已连续订立 {terms} 次固定期限劳动合同；续订劳动合同的，除劳动者提出订立固定期限劳动合同外，应当订立无固定期限劳动合同。文件未记载劳动者是否有劳动合同法第三十九条和第四十条第一项、第二项规定的情形，按没有处理。", "{employee}: {terms} consecutive fixed-term contracts; a renewal shall be open-ended unless the employee proposes a fixed term. The file does not say whether the employee has a ground under art. 39 or art. 40 items 1 and 2 of the Labour Contract Law; none is assumed."),
        new("LS-OPEN-ENDED.publicWelfarePost", "{employee}：公益性岗位的劳动合同不适用劳动合同法有关无固定期限劳动合同的规定。", "{employee}: the contract of a public-welfare post is outside the Labour Contract Law's rules on open-ended contracts."),

        new("LS-LAYOFF.title", "经济性裁员的程序", "The procedure of an economic layoff"),
        new("LS-LAYOFF.belowThreshold", "裁减 {laidOff} 人（企业职工总数 {headcount} 人），不满 {minPersons} 人且不足 {minRatio}，不属于劳动合同法第四十一条规定的裁减人员，不适用该条的程序。", "{laidOff} people laid off of {headcount}: fewer than {minPersons} and under {minRatio}, so not a layoff under art. 41 of the Labour Contract Law, whose procedure does not apply."),
        new("LS-LAYOFF.explainedLate", "{explained} 才向工会或者全体职工说明情况，仅提前 {days}（裁员 {effective} 生效）；应提前 {period}，最迟 {due}。", "Explained to the union or all employees on {explained}, only {days} before the layoff takes effect on {effective}; {period} ahead are required, by {due}."),
        new("LS-LAYOFF.notExplained", "未向工会或者全体职工说明情况；裁员 {effective} 生效，应提前 {period}，最迟 {due}。", "Not explained to the union or all employees; the layoff takes effect on {effective} and needs {period} ahead, by {due}."),
        new("LS-LAYOFF.explanationDue", "裁员 {effective} 生效，应提前 {period}，最迟于 {due} 向工会或者全体职工说明情况。", "The layoff takes effect on {effective}: explain it to the union or all employees {period} ahead, by {due}."),
        new("LS-LAYOFF.opinionsNotHeard", "裁员（{effective} 生效）前未听取工会或者职工的意见。", "The opinions of the union or the employees were not heard before the layoff (effective {effective})."),
        new("LS-LAYOFF.reportedLate", "{reported} 才向劳动行政部门报告裁减人员方案，晚于裁员生效日 {effective}。", "The layoff plan was reported to the labour administration on {reported}, after the layoff took effect on {effective}."),
        new("LS-LAYOFF.reportedBeforeExplanation", "裁减人员方案于 {reported} 报告劳动行政部门，早于 {explained} 向工会或者全体职工说明情况；方案应在听取意见后报告。", "The plan was reported on {reported}, before the union or the employees were told on {explained}; it is reported after their opinions are heard."),
        new("LS-LAYOFF.notReported", "裁减人员方案未向劳动行政部门报告（裁员 {effective} 生效）。", "The layoff plan was not reported to the labour administration (the layoff took effect on {effective})."),
        new("LS-LAYOFF.reportDue", "裁减人员方案最迟于裁员生效日 {effective} 向劳动行政部门报告。", "Report the layoff plan to the labour administration by {effective}, the day the layoff takes effect."),

        new("outcome.ls.dispatchLargestLawful", "订立劳动合同 {own} 人时，最多可使用被派遣劳动者 {value} 人（现使用 {dispatched} 人）", "Beside {own} own employees, at most {value} dispatched workers (now {dispatched})"),
        new("outcome.ls.probationDamages", "{employee}：违法约定试用期的赔偿金 {value} 元", "{employee}: damages for the unlawful probation, {value} yuan"),
        new("outcome.ls.tenYearsOn", "{employee}：连续工作年限于 {value} 满足订立无固定期限劳动合同的条件", "{employee}: years of continuous work enough for an open-ended contract from {value}"),
        new("outcome.ls.retirementDate", "{employee}：法定退休日期 {value}", "{employee}: statutory retirement date {value}"),
        new("outcome.ls.explanationDue", "第 {number} 次裁员：最迟于 {value} 向工会或者全体职工说明情况", "Layoff {number}: explain it to the union or all employees by {value}"),
        new("outcome.ls.reportDue", "第 {number} 次裁员：最迟于 {value} 向劳动行政部门报告裁减人员方案", "Layoff {number}: report the plan to the labour administration by {value}"),
    ];
}

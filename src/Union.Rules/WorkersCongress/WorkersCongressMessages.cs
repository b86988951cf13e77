using Union.Rules.Engine;

namespace Union.Rules.WorkersCongress;

/// <summary>The zh-Hans and English messages of the WorkersCongress rules and of their outcome.</summary>
internal static class WorkersCongressMessages
{
    internal static readonly MessageEntry[] Entries =
    [
        new("WC-FORM.title", "职工人数达到规定的，召开职工代表大会", "A workers' congress, not an all-employee meeting, from the set headcount"),
        new("WC-FORM.meeting", "职工 {employees} 人，达到 {min} 人，应当召开职工代表大会，而不是职工大会。", "{employees} employees, {min} or more: a workers' congress is held, not an all-employee meeting."),
        new("WC-DELEGATES.title", "职工代表名额与构成", "Number and make-up of the delegates"),
        new("WC-DELEGATES.tooFew", "职工代表 {delegates} 名，少于职工 {employees} 人应有的最低名额 {minimum} 名。", "{delegates} delegates, fewer than the {minimum} due for {employees} employees."),
        new("WC-DELEGATES.noTier", "未评估：参数 {parameter} 的分档（{value}）不覆盖职工 {employees} 人。", "Not assessed: the tiers of parameter {parameter} ({value}) do not cover {employees} employees."),
        new("WC-DELEGATES.badTiers", "未评估：参数 {parameter} 的值 {value} 不是“职工人数:最低名额”分档（职工 {employees} 人）。", "Not assessed: the value {value} of parameter {parameter} is not a list of headcount:minimum tiers ({employees} employees)."),
        new("WC-DELEGATES.women", "女职工代表 {women} 名，占代表 {delegates} 名的比例低于女职工占职工的比例（{womenEmployees}/{employees}），至少应有 {needed} 名。", "{women} of the {delegates} delegates are women, a smaller share than women among the employees ({womenEmployees}/{employees}); at least {needed} are due."),
        new("WC-DELEGATES.disabled", "残疾人职工代表 {disabled} 名，占代表 {delegates} 名的比例低于残疾人职工占职工的比例（{disabledEmployees}/{employees}），至少应有 {needed} 名。", "{disabled} of the {delegates} delegates are disabled, a smaller share than disabled people among the employees ({disabledEmployees}/{employees}); at least {needed} are due."),
        new("WC-DELEGATES.electionTurnout", "{name} 的选举：选区全体职工 {electorate} 人，参加选举 {voted} 人，少于规定的参加人数 {needed} 人。", "{name}'s election: {voted} of the constituency's {electorate} employees took part, fewer than the {needed} required."),
        new("WC-DELEGATES.electionVotes", "{name} 获赞成票 {inFavour} 张，少于选区全体职工 {electorate} 人中当选所需的 {needed} 张。", "{name} received {inFavour} votes, fewer than the {needed} of the constituency's {electorate} employees needed to be elected."),
        new("WC-MANAGERS.title", "中层以上管理人员占职工代表的比例", "Share of middle and senior managers among the delegates"),
        new("WC-MANAGERS.tooMany", "职工代表 {delegates} 名中有中层以上管理人员 {managers} 名，超过规定比例（至多 {max} 名）。", "{managers} of the {delegates} delegates are middle or senior managers, more than allowed (at most {max})."),
        new("WC-MANAGERS.largeGroup", "职工代表 {delegates} 名中有中层以上管理人员 {managers} 名，超过一般比例（{max} 名）；跨地区、跨行业的大型集团型企业可以适当提高，请核实提高的幅度是否适当。", "{managers} of the {delegates} delegates are middle or senior managers, above the usual {max}; a large cross-region or cross-industry group may go somewhat higher: check that the share is appropriate."),
        new("WC-QUORUM.title", "三分之二以上职工代表出席", "Two thirds or more of the delegates present"),
        new("WC-QUORUM.short", "{date} 会议：应到 {size} 人，实到 {present} 人，未达到法定出席人数（至少 {needed} 人），会议不得召开。", "Session of {date}: {present} of {size} present, fewer than required (at least {needed}); the session could not be held."),
        new("WC-PASS.title", "表决事项经全体职工代表法定多数通过", "Matters adopted by the required share of ALL delegates"),
        new("WC-PASS.short", "{date} 会议表决“{title}”：赞成 {inFavour} 票，少于全体 {size} 人中通过所需的 {needed} 票，不得宣布通过。", "Session of {date}, “{title}”: {inFavour} in favour, fewer than the {needed} of all {size} needed, yet declared adopted."),
        new("WC-PASS.notAdopted", "{date} 会议表决“{title}”：赞成 {inFavour} 票，少于全体 {size} 人中通过所需的 {needed} 票，未获通过。", "Session of {date}, “{title}”: {inFavour} in favour, fewer than the {needed} of all {size} needed; not adopted."),
        new("WC-PASS.notSecret", "{date} 会议表决“{title}”未采用无记名投票方式。", "Session of {date}, “{title}”: not voted by secret ballot."),
        new("WC-PASS.importantNotSecret", "{date} 会议表决的重要事项“{title}”未采用无记名投票方式。", "Session of {date}: the important matter “{title}” was not voted by secret ballot."),
        new("WC-FREQUENCY.title", "职工代表大会每年至少召开一次", "At least one session a year"),
        new("WC-FREQUENCY.next", "上次会议 {last}；下次会议最迟于 {due} 召开（{period}内至少一次）。", "Last session {last}; the next is due by {due} (at least once in {period})."),
        new("WC-FREQUENCY.nextUnmoved", "上次会议 {last}；下次会议最迟于 {due} 召开，该日如为休息日或法定休假日则顺延（未载入 {year} 年放假安排）。", "Last session {last}; the next is due by {due}, or later if that day is a rest day or holiday (the {year} holiday arrangement is not loaded)."),
        new("WC-FREQUENCY.overdue", "上次会议 {last}，下次会议最迟应于 {due} 召开，至 {asOf} 仍未召开（{period}内至少一次）。", "Last session {last}; the next was due by {due} and none was held by {asOf} (at least once in {period})."),
        new("engine.noLocalRegulation.wc", "未载入地区 {region} 关于职工代表大会的地方性法规，适用全国规定。", "No local regulation of region {region} on workers' congresses is loaded; national rules applied."),
        new("outcome.form.congress", "组织形式：职工代表大会", "Form: workers' congress"),
        new("outcome.form.allEmployeeMeeting", "组织形式：职工大会", "Form: all-employee meeting"),
        new("outcome.minimumDelegates", "职工代表最低名额：{value} 名", "Fewest delegates: {value}"),
        new("outcome.maximumManagers", "中层以上管理人员代表至多：{value} 名", "Middle and senior managers among the delegates, at most: {value}"),
        new("outcome.lastSession", "上次会议：{value}", "Last session: {value}"),
        new("outcome.nextSessionDue", "下次会议最迟召开日期：{value}", "Next session due by: {value}"),
    ];
}

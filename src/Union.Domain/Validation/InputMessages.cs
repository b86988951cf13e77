using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Union.Domain.Validation;

/// <summary>
/// The message table of input problems (输入错误消息表): each key has a 简体中文 and an English template with named
/// placeholders such as <c>{max}</c>. A <see cref="ValidationIssue"/> carries the key and its arguments, so it renders in
/// either language; the readers of every document (contracts, wage proposals, hardship applications, parameter layers,
/// holiday data) draw their messages from here.
/// </summary>
/// <remarks>An argument named <c>expected</c> or <c>found</c> whose value is a kind of value (<c>object</c>, <c>boolean</c>,
/// <c>integer</c>, …) is itself translated: "expected true or false" / "应为 true 或 false".</remarks>
public static class InputMessages
{
    private static readonly FrozenDictionary<string, (string Zh, string En)> Templates = new Dictionary<string, (string Zh, string En)>(StringComparer.Ordinal)
    {
        // The document as a whole.
        ["document.empty"] = ("文档为空。", "The document is empty."),
        ["document.tooLarge"] = ("文档超过 {limit} 字节（16 MiB），不予读取。", "The document is larger than {limit} bytes (16 MiB)."),
        ["document.null"] = ("文档为 null，应为一个对象。", "The document is null; expected an object."),
        ["encoding.invalidUtf8"] = (
            "文本不是有效的 UTF-8：第 {line} 行（偏移 {offset}）处的字节 0x{byte} 无效。请将文件另存为 UTF-8。",
            "The text is not valid UTF-8: byte 0x{byte} at offset {offset} (line {line}) is invalid. Save the file as UTF-8."),
        ["encoding.gbk"] = (
            "文本不是有效的 UTF-8：第 {line} 行（偏移 {offset}）处的字节 0x{byte} 无效；文件看起来是 GBK 编码：请用 iconv -f GBK -t UTF-8 转换。",
            "The text is not valid UTF-8: byte 0x{byte} at offset {offset} (line {line}) is invalid; the file looks like GBK: convert it with iconv -f GBK -t UTF-8."),
        ["encoding.utf16"] = (
            "文件以 UTF-16 字节顺序标记开头；请另存为 UTF-8。",
            "The file starts with a UTF-16 byte order mark; save it as UTF-8."),
        ["encoding.surrogate"] = (
            "文本第 {index} 个字符处有不成对的代理项，不是有效的 Unicode 文本。",
            "The text has an unpaired surrogate at character {index}; it is not valid Unicode text."),
        ["encoding.replacement"] = (
            "文本含有替换字符 U+FFFD：文件曾被按错误的编码解码，内容已经丢失。请提供原始的 UTF-8 文件。",
            "The text contains the replacement character U+FFFD: it was decoded with the wrong encoding and characters were lost. Give the original UTF-8 file."),

        // JSON syntax and shape.
        ["json.syntax"] = ("JSON 语法错误：{detail}", "The JSON is malformed: {detail}"),
        ["json.truncated"] = ("文档在结束之前中断（可能被截断）。", "The document ends before it is complete (cut off?)."),
        ["json.depth"] = ("文档嵌套超过 {max} 层。", "The document is nested more than {max} levels deep."),
        ["type.mismatch"] = ("应为{expected}，实际为{found}。", "Expected {expected}, found {found}."),
        ["value.null"] = ("此处不允许 null，应为{expected}。", "null is not allowed here; expected {expected}."),
        ["array.null"] = ("列表中的元素为 null：请删除它，或填写{expected}。", "An element of the list is null: remove it or give {expected}."),
        ["array.tooLong"] = ("列表有 {count} 个元素，最多接受 {max} 个。", "The list has {count} elements; at most {max} are accepted."),
        ["array.tooShort"] = ("列表至少需要 {min} 个元素。", "The list needs at least {min} element(s)."),
        ["string.invalidEscape"] = ("文本中的 \\u 转义是不成对的代理项，不是有效的 Unicode 文本。", "A \\u escape in the text is an unpaired surrogate; it is not valid Unicode text."),
        ["string.tooLong"] = ("文本超过 {max} 个字符。", "The text is longer than {max} characters."),
        ["member.unknown"] = ("未知字段 '{name}'；可用字段：{allowed}。", "Unknown member '{name}'; allowed: {allowed}."),
        ["member.duplicate"] = ("字段 '{name}' 出现了两次。", "The member '{name}' is given twice."),
        ["member.required"] = ("缺少必填字段 '{name}'。", "The required member '{name}' is missing."),
        ["enum.unknown"] = ("未知取值 '{value}'；可用取值：{allowed}。", "Unknown value '{value}'; allowed: {allowed}."),
        ["enum.number"] = ("取值须写名称而不是数字 {value}；可用取值：{allowed}。", "A value is given by its name, not the number {value}; allowed: {allowed}."),
        ["number.notWhole"] = ("应为整数，实际为 {value}。", "Expected a whole number, found {value}."),
        ["number.tooLarge"] = ("数值超出此字段的范围（最大 {max}）。", "Number too large for this field (at most {max})."),
        ["number.tooSmall"] = ("数值低于此字段的范围（最小 {min}）。", "Number too small for this field (at least {min})."),
        ["number.notAbove"] = ("数值应大于 {min}。", "The number must be more than {min}."),
        ["number.notBelow"] = ("数值应小于 {max}。", "The number must be less than {max}."),
        ["number.precision"] = ("数值 {value} 无法精确表示（有效数字过多或过小）。", "The number {value} cannot be represented exactly (too many digits, or too small)."),

        // Values read by Union's own converters.
        ["date.type"] = ("应为 \"yyyy-MM-dd\" 形式的日期字符串，实际为{found}。", "Expected a date as a string \"yyyy-MM-dd\", found {found}."),
        ["date.format"] = (
            "'{text}' 不是 yyyy-MM-dd 形式的日历日期（须为存在的日期，如 2026-02-28）。",
            "'{text}' is not a calendar date in the form yyyy-MM-dd (a day that exists, e.g. 2026-02-28)."),
        ["date.range"] = ("日期 {text} 超出可接受的范围 {min} 至 {max}。", "The date {text} is outside the accepted range {min} to {max}."),
        ["money.type"] = ("应为以元为单位的金额数字（如 2540.50），实际为{found}。", "Expected an amount of yuan as a number (e.g. 2540.50), found {found}."),
        ["money.range"] = ("金额超出可接受的范围（绝对值最多 {max} 元）。", "The amount is outside the accepted range (at most {max} yuan either way)."),
        ["ratio.invalid"] = ("应为非负比例，如 \"2/3\"、\"10%\" 或 0.8。", "Expected a non-negative ratio such as \"2/3\", \"10%\" or 0.8."),
        ["region.invalid"] = ("'{text}' 不是有效的行政区划代码（GB/T 2260 六位数字，如 \"310000\"）：{reason}", "'{text}' is not a region code (six GB/T 2260 digits such as \"310000\"): {reason}"),
        ["period.invalid"] = ("'{text}' 不是 ISO-8601 期间（如 P3Y、P6M、P15D）。", "'{text}' is not an ISO-8601 period such as P3Y, P6M or P15D."),
        ["value.invalid"] = ("输入无效：{detail}", "{detail}"),

        // General rules of the validators.
        ["rule.atLeast"] = ("应不小于 {min}。", "Must be at least {min}."),
        ["rule.atMost"] = ("应不大于 {max}。", "Must be at most {max}."),
        ["rule.between"] = ("应在 {min} 至 {max} 之间。", "Must be from {min} to {max}."),
        ["rule.moreThan"] = ("应大于 {min}。", "Must be more than {min}."),
        ["rule.notEmpty"] = ("不能为空。", "Must not be empty."),
        ["rule.required"] = ("必须填写。", "Is required."),

        // Collective contracts.
        ["contract.negotiatorSide"] = ("协商代表必须属于一方：'employee'（职工方）或 'employer'（用人单位方）。", "A negotiator must sit on a side: 'employee' or 'employer'."),
        ["contract.mandateOrder"] = ("代表职责期限的结束日早于开始日。", "The mandate ends before it starts."),
        ["contract.vacancySide"] = ("空缺必须属于一方：'employee' 或 'employer'。", "A vacancy must be on a side: 'employee' or 'employer'."),
        ["contract.vacancyOrder"] = ("空缺的补缺日早于空缺发生日。", "The vacancy is filled before it arose."),
        ["contract.presentOverBody"] = ("出席人数多于该机构的全体人数。", "More present than the body has members."),
        ["contract.favourOverPresent"] = ("赞成票多于出席人数。", "More votes in favour than members present."),
        ["contract.filingOrder"] = ("收到文本的日期早于报送日期。", "The text is received before it was sent."),
        ["contract.termOrder"] = ("期限的结束日早于开始日。", "The term ends before it starts."),

        // Wage proposals.
        ["wage.termOrder"] = ("协议期限的结束日早于开始日。", "The term ends before it starts."),
        ["wage.termTooLong"] = ("协议期限超过 100 年。", "The term is longer than 100 years."),
        ["wage.noGrades"] = ("方案至少需要一个工资等级。", "A proposal needs at least one grade."),
        ["wage.duplicateGrade"] = ("两个工资等级同名。", "Two grades have the same name."),
        ["wage.adjustmentAfterTerm"] = ("调整所属的年度在协议期限结束之后。", "The adjustment is for a year after the end of the term."),
        ["wage.unknownGrade"] = ("分等级调整指向了方案中没有的等级。", "A grade change names a grade the proposal does not have."),
        ["wage.headcountTotal"] = ("各工资等级与非全日制人员合计超过 10000000 人。", "The grades and part-time rates together hold more than 10000000 people."),
        ["wage.componentsTotal"] = ("该等级的工资构成项目合计每月超过 1000000000000 元。", "The grade's components add up to more than 1000000000000 yuan a month."),
        ["wage.payBeyondLimit"] = ("按所提调整，该等级的月基本工资将超出正负 1000000000000 元的范围。", "With the proposed adjustments the grade's monthly base pay would leave the range of ±1000000000000 yuan."),
        ["wage.duplicateAdjustment"] = ("两项调整属于协议期限的同一年度。", "Two adjustments are for the same year of the term."),

        // Workers' congresses.
        ["congress.womenOverEmployees"] = ("女职工人数多于职工人数。", "More women employees than employees."),
        ["congress.disabledOverEmployees"] = ("残疾人职工人数多于职工人数。", "More disabled employees than employees."),
        ["congress.womenOverCount"] = ("女职工代表人数多于该项的代表人数。", "More women than delegates in the entry."),
        ["congress.disabledOverCount"] = ("残疾人职工代表人数多于该项的代表人数。", "More disabled delegates than delegates in the entry."),
        ["congress.electionOfGroup"] = ("选举情况只能记录在单名代表的条目上。", "An election belongs to an entry of one delegate (count 1)."),
        ["congress.votedOverElectorate"] = ("参加选举的人数多于选区全体职工。", "More voters than employees in the constituency."),
        ["congress.electionFavourOverVoted"] = ("赞成票多于参加选举的人数。", "More votes in favour than voters."),
        ["congress.rosterTooLarge"] = ("职工代表合计超过 10000000 名。", "The delegates add up to more than 10000000."),
        ["congress.presentOverBody"] = ("出席人数多于全体职工代表（或全体职工）人数。", "More present than the body has."),
        ["congress.votesOverPresent"] = ("赞成、反对、弃权票合计多于出席人数。", "More votes in favour, against and abstaining than people present."),
        ["congress.votesOverBody"] = ("赞成、反对、弃权票合计多于全体人数。", "More votes in favour, against and abstaining than the body has."),
        // Labour files: separations and disputes.
        ["separation.negativeWage"] = ("月工资不能为负数。", "A monthly wage cannot be negative."),
        ["separation.beforeStart"] = ("解除或者终止之日早于用工之日。", "The employment ends before it started."),
        ["separation.serviceStartAfterEnd"] = ("计算工作年限的起始日晚于解除或者终止之日。", "The service counted starts after the employment ends."),
        ["dispute.mediationOrder"] = ("调解结束之日早于收到调解申请之日。", "The mediation ends before it was applied for."),
        ["dispute.acceptanceOrder"] = ("受理仲裁申请之日早于收到仲裁申请之日。", "The application is accepted before it was received."),
        ["dispute.awardOrder"] = ("裁决作出之日早于受理（或收到）仲裁申请之日。", "The award is made before the application was accepted (or received)."),
        ["dispute.serviceOrder"] = ("收到仲裁裁决书之日早于裁决作出之日。", "The award is received before it was made."),

        // Hardship applications.
        ["hardship.noMembers"] = ("家庭至少有一名成员（申请人本人）。", "A household has at least one member (the applicant)."),

        // Union organisation.
        ["org.twoChairs"] = ("委员会中有两名以上主席。", "The committee has more than one chair."),
        ["org.officeOrder"] = ("离任日期早于任职日期。", "The person leaves office before taking it."),
        ["org.tookOfficeAfterTerm"] = ("任职日期在本届任期届满之后。", "The person takes office after the term's last day."),
        ["org.leftOfficeAfterTerm"] = ("离任日期在本届任期届满之后。", "The person leaves office after the term's last day."),
        ["org.fundsOrder"] = ("经费期间的最后一日早于第一日。", "The funds period ends before it starts."),
        ["org.fundsShort"] = ("经费期间不足一个月；工会经费按月计算。", "The funds period covers less than a month; union funds are reckoned by the month."),
        ["org.payrollTotal"] = ("工资总额各项合计超过 1000000000000 元。", "The payroll lines add up to more than 1000000000000 yuan."),
        ["org.notPayrollTotal"] = ("不列入工资总额的各项合计超过 1000000000000 元。", "The lines that are not payroll add up to more than 1000000000000 yuan."),
        ["org.noFunds"] = ("文档没有工会经费期间（funds），无法计算工会经费。", "The document has no funds period (funds): there is nothing to calculate."),
        ["org.duesMonth"] = ("会费月份须写该月第一日，如 2026-01-01。", "The dues month is given by its first day, e.g. 2026-01-01."),
        // Labour files.
        ["labour.duplicateId"] = ("两份用工记录使用了同一编号。", "Two employment records have the same id."),
        ["labour.bornAfterStart"] = ("出生日期晚于用工之日。", "The date of birth is after the first day of employment."),
        ["labour.retirementBeforeBirth"] = ("法定退休日期不晚于出生日期。", "The retirement date is not after the date of birth."),
        ["labour.termMonthsNotFixed"] = ("只有固定期限劳动合同才有以月计的期限；本合同不是固定期限劳动合同。", "Only a fixed-term contract has a term in months; this contract's term is not fixed."),
        ["labour.fixedTermsCount"] = ("当前合同为固定期限劳动合同，连续订立固定期限劳动合同的次数（含本次）至少为 1。", "The current contract is fixed-term, so the consecutive fixed terms (this one included) are at least 1."),
        ["labour.laidOffOverHeadcount"] = ("裁减人数多于企业职工总数。", "More people are laid off than the enterprise employs."),
        ["labour.dispatchTotal"] = ("各岗位被派遣劳动者合计超过 10000000 人。", "The dispatched workers of all posts together are more than 10000000."),

        // Parameter layers.
        ["parameter.name"] = ("参数名由点分隔的 camelCase 单词组成，如 standard.minimumWage.monthly。", "A parameter name is dot-separated camelCase words, e.g. standard.minimumWage.monthly."),
        ["parameter.description"] = ("中文说明为空。", "The Chinese description is empty."),
        ["parameter.descriptionEn"] = ("英文说明为空。", "The English description is empty."),
        ["parameter.unit"] = ("单位为空。", "The unit is empty."),
        ["parameter.noValues"] = ("参数至少需要一个取值。", "A parameter needs at least one value."),
        ["parameter.source"] = ("每个取值都需要注明来源（文件及条款）。", "Every value needs its source (document and article)."),
        ["parameter.sameFrom"] = ("该参数有两个取值自同一天起施行。", "Two values of the parameter start on the same day."),
        ["parameter.threshold"] = ("阈值的取值必须是数字或比例（如 \"2/3\"）。", "A threshold's value must be a number or a ratio such as \"2/3\"."),
        ["parameter.thresholdNegative"] = ("阈值不能为负数。", "A threshold's value cannot be negative."),
        ["parameter.valueKind"] = ("单位为 '{unit}' 的参数，其取值应为{expected}。", "A parameter in '{unit}' takes {expected}."),
        ["parameter.valueRange"] = ("单位为 '{unit}' 的参数，其取值应为{rangeZh}；实际为 {value}。", "A parameter in '{unit}' takes {range}; found {value}."),

        // Holiday data.
        ["holiday.yearsMissing"] = ("缺少年份列表。", "The list of years is missing."),
        ["holiday.yearsEmpty"] = ("年份列表为空；请至少提供一年。", "The list of years is empty; give at least one year."),
        ["holiday.yearNull"] = ("年份为 null，应为一个对象。", "The year is null; expected an object."),
        ["holiday.yearTwice"] = ("{year} 年出现了两次（另见 years[{first}]）。", "The year {year} is given twice (also at years[{first}])."),
        ["holiday.yearRange"] = ("年份 {year} 超出 {min}-{max}。", "The year {year} is outside {min}-{max}."),
        ["holiday.document"] = ("缺少确定该年安排的国务院通知。", "The document (the State Council notice that fixes the arrangement) is missing."),
        ["holiday.holidaysMissing"] = ("缺少放假安排列表；没有放假日时请写 []。", "The list of holidays is missing; give [] for a year without days off."),
        ["holiday.holidayNull"] = ("放假安排为 null，应为含 from、to、name 的对象。", "The holiday is null; expected an object with from, to and name."),
        ["holiday.notInYear"] = ("{date} 不在 {year} 年；跨年的放假安排在每一年各写一段。", "{date} is not in {year}; a range that crosses the new year is given as one range in each year."),
        ["holiday.rangeOrder"] = ("最后一天 {to} 早于第一天 {from}。", "The last day off {to} is before the first day off {from}."),
        ["holiday.name"] = ("缺少节日名称。", "The holiday's name is missing."),
        ["holiday.overlap"] = ("{from} 至 {to} 与 holidays[{index}]（{otherFrom} 至 {otherTo}）重叠。", "The range {from} to {to} overlaps holidays[{index}] ({otherFrom} to {otherTo})."),
        ["holiday.workdaysMissing"] = ("缺少调休上班日列表；没有时请写 []。", "The list of swapped working days is missing; give [] when there are none."),
        ["holiday.dayNotInYear"] = ("{date} 不在 {year} 年。", "{date} is not in {year}."),
        ["holiday.workdayNotWeekend"] = ("{date} 是 {weekday}；调休上班日应为被调为上班的星期六或星期日。", "{date} is a {weekday}; a swapped working day (调休上班日) is a Saturday or Sunday worked."),
        ["holiday.workdayInRange"] = ("{date} 也在放假安排之内；同一天不能既放假又上班。", "{date} is also inside a holiday range; a day cannot be both a day off and a working day."),
        ["holiday.listedTwice"] = ("{date} 列出了两次。", "{date} is listed twice."),
        ["holiday.statutoryMissing"] = ("缺少法定节假日列表；没有时请写 []。", "The list of statutory holiday days is missing; give [] when there are none."),
        ["holiday.statutoryNotOff"] = ("{date} 不在任何放假安排之内；法定节假日必须是放假日。", "{date} is not inside any holiday range; a statutory holiday day is a day off."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Zh, string En)> Kinds = new Dictionary<string, (string Zh, string En)>(StringComparer.Ordinal)
    {
        ["object"] = ("一个对象 { … }", "an object { … }"),
        ["array"] = ("一个列表 [ … ]", "a list [ … ]"),
        ["string"] = ("一个字符串", "a string"),
        ["boolean"] = (" true 或 false", "true or false"),
        ["integer"] = ("一个整数", "a whole number"),
        ["number"] = ("一个数字", "a number"),
        ["null"] = (" null", "null"),
        ["value"] = ("一个值", "a value"),
        ["enum"] = ("列出的名称之一", "one of the listed names"),
        ["date"] = ("一个日期 \"yyyy-MM-dd\"", "a date \"yyyy-MM-dd\""),
        ["amount"] = ("一个金额（元）", "an amount of yuan"),
        ["ratio"] = ("一个比例，如 \"2/3\"", "a ratio such as \"2/3\""),
        ["region"] = ("一个六位行政区划代码", "a six-digit region code"),
        ["period"] = ("一个 ISO-8601 期间，如 \"P3Y\"", "an ISO-8601 period such as \"P3Y\""),
        ["choice"] = ("一个文本取值", "a text value"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets every key with its two templates, for checks that both languages name the same placeholders.</summary>
    public static IEnumerable<(string Key, string Zh, string En)> Entries => Templates.Select(t => (t.Key, t.Value.Zh, t.Value.En));

    /// <summary>Gets whether the table has a key.</summary>
    /// <param name="key">The message key.</param>
    /// <returns>Whether it is known.</returns>
    public static bool Contains(string? key) => key is not null && Templates.ContainsKey(key);

    /// <summary>
    /// Gets whether a culture asks for Chinese: its name is <c>zh</c> or starts with <c>zh-</c> (any case). Decided by the
    /// name alone, so it works without culture data (invariant globalization); <see langword="null"/> means the current UI culture.
    /// </summary>
    /// <param name="culture">The culture.</param>
    /// <returns>Whether Chinese text is wanted.</returns>
    public static bool IsChinese(CultureInfo? culture)
    {
        string name = (culture ?? CultureInfo.CurrentUICulture).Name;
        return name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) && (name.Length == 2 || name[2] is '-' or '_');
    }

    /// <summary>Renders a message in one language; an unknown key renders as the key with its arguments, never throws.</summary>
    /// <param name="key">The message key.</param>
    /// <param name="arguments">The named arguments.</param>
    /// <param name="chinese">Chinese when <see langword="true"/>, English otherwise.</param>
    /// <returns>The text.</returns>
    public static string Render(string key, IReadOnlyList<KeyValuePair<string, string>>? arguments, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!Templates.TryGetValue(key, out (string Zh, string En) t))
        {
            return arguments is null || arguments.Count == 0 ? key : key + " (" + string.Join(", ", arguments.Select(a => a.Key + "=" + a.Value)) + ")";
        }

        string template = chinese ? t.Zh : t.En;
        if (arguments is null || arguments.Count == 0)
        {
            return template;
        }

        var sb = new StringBuilder(template);
        foreach (KeyValuePair<string, string> a in arguments)
        {
            string value = a.Value;
            if (a.Key is "expected" or "found" && Kinds.TryGetValue(value, out (string Zh, string En) kind))
            {
                value = chinese ? kind.Zh : kind.En;
            }

            sb.Replace("{" + a.Key + "}", value);
        }

        return sb.ToString();
    }

    /// <summary>Makes an argument list from pairs, formatting numbers culture-invariantly.</summary>
    /// <param name="arguments">The name and value of each argument.</param>
    /// <returns>The list.</returns>
    public static IReadOnlyList<KeyValuePair<string, string>> Arguments(params (string Name, object? Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var list = new KeyValuePair<string, string>[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            list[i] = new(arguments[i].Name, Format(arguments[i].Value));
        }

        return list;
    }

    /// <summary>Formats an argument value culture-invariantly (numbers without grouping, decimals without trailing zeros added).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => s,
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d => Math.Abs(d) < 1e28 ? ((decimal)d).ToString(CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

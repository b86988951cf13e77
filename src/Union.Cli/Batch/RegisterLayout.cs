namespace Union.Cli.Batch;

/// <summary>What a register column holds, which decides how a cell becomes a JSON value and which validation a template gets.</summary>
internal enum ColumnKind
{
    /// <summary>Free text, written as a JSON string.</summary>
    Text,

    /// <summary>A date (yyyy-MM-dd; 2025/3/1, 2025年3月1日 and an Excel date are accepted).</summary>
    Date,

    /// <summary>是 / 否 (yes/no, true/false, 1/0, √).</summary>
    YesNo,

    /// <summary>An amount in yuan or another decimal number.</summary>
    Number,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>One name of a list (Chinese or the JSON name).</summary>
    Choice,
}

/// <summary>Which part of the application a column fills: the household (first row only) or one repeated item per row.</summary>
internal enum ColumnGroup
{
    /// <summary>The household: read from its first row.</summary>
    Household,

    /// <summary>A household member (家庭成员).</summary>
    Member,

    /// <summary>An income record (收入).</summary>
    Income,

    /// <summary>A rigid expenditure (刚性支出).</summary>
    Expenditure,

    /// <summary>An accident event (致困事件).</summary>
    Accident,

    /// <summary>A home (住房).</summary>
    Home,

    /// <summary>A motor vehicle (机动车辆).</summary>
    Vehicle,

    /// <summary>A business (经营).</summary>
    Business,

    /// <summary>A shareholding (持股).</summary>
    Shareholding,

    /// <summary>A child at a private school (私立学校).</summary>
    PrivateSchool,
}

/// <summary>One column of the register (困难职工档案): its Chinese header, English alias, the JSON property it fills and its note.</summary>
/// <param name="Chinese">The Chinese header, as the template writes it.</param>
/// <param name="English">The English alias accepted on reading.</param>
/// <param name="Group">Which part of the application it fills.</param>
/// <param name="Json">The JSON property name inside its group's object (dotted for nested objects).</param>
/// <param name="Kind">How a cell is read.</param>
/// <param name="Note">What the column means and its unit, for the template's notes row.</param>
/// <param name="Choices">For a <see cref="ColumnKind.Choice"/>: the Chinese label and the JSON name of each value.</param>
internal sealed record RegisterColumn(string Chinese, string English, ColumnGroup Group, string Json, ColumnKind Kind, string Note, (string Label, string Json)[]? Choices = null);

/// <summary>
/// The register a federation keeps (困难职工档案), one sheet: one household per group of rows. A row with an application date
/// (申请日期), or with a file number (档案编号) other than the household's above, starts a household; the rows below it without
/// one continue it, so a register whose household cells are merged down over its members reads as it looks. Every row may
/// carry one member, one income, one rigid expenditure, one accident, one home, one vehicle, one business, one shareholding and
/// one private school; the household's own columns are read from its first row.
/// </summary>
internal static class RegisterLayout
{
    /// <summary>The sheet of the households, in the template and the one read first from a workbook.</summary>
    public const string SheetName = "困难职工档案";

    /// <summary>Relationship to the applicant.</summary>
    public static readonly (string Label, string Json)[] Relationships = [("本人", "self"), ("配偶", "spouse"), ("子女", "child"), ("父母", "parent"), ("其他", "other")];

    /// <summary>Study level.</summary>
    public static readonly (string Label, string Json)[] StudyLevels =
        [("未在读", "none"), ("学前", "preschool"), ("小学", "primary"), ("初中", "juniorSecondary"), ("高中", "seniorSecondary"), ("高职", "vocational"), ("本科", "undergraduate"), ("研究生", "postgraduate")];

    /// <summary>Income category.</summary>
    public static readonly (string Label, string Json)[] IncomeCategories =
        [("工资性收入", "wages"), ("经营净收入", "business"), ("财产净收入", "property"), ("养老金", "pension"), ("社会保障待遇", "benefit"), ("赡养费", "maintenance"),
         ("补偿金", "compensation"), ("工会救助金", "unionAid"), ("其他转移性收入", "otherTransfer"), ("其他收入", "other"), ("城乡居民基础养老金", "residentsBasicPension"), ("节日慰问金", "holidayGift")];

    /// <summary>Expenditure category.</summary>
    public static readonly (string Label, string Json)[] ExpenditureCategories =
        [("医疗", "medical"), ("残疾", "disability"), ("教育", "education"), ("住房", "housing"), ("长期照料", "longTermCare"), ("就业成本", "jobCosts")];

    /// <summary>Hardship category (the file's category).</summary>
    public static readonly (string Label, string Json)[] Categories = [("不符合", "none"), ("意外致困", "accidentInduced"), ("相对困难", "relative"), ("深度困难", "deep")];

    /// <summary>Vehicle kinds: a mobility aid or any other motor vehicle.</summary>
    public static readonly (string Label, string Json)[] VehicleKinds = [("代步车", "true"), ("机动车", "false")];

    /// <summary>The columns, in the template's order.</summary>
    public static readonly RegisterColumn[] Columns =
    [
        new("档案编号", "ref", ColumnGroup.Household, "", ColumnKind.Text, "本户编号，结果按此对应；可空（空则以行号对应）"),
        new("申请日期", "applicationDate", ColumnGroup.Household, "applicationDate", ColumnKind.Date, "必填；有此日期的行开始一户，收入按此日前的月份计"),
        new("所在地区", "region", ColumnGroup.Household, "applicant.region", ColumnKind.Text, "6 位行政区划代码，如 110000；可用 --region 代替"),
        new("工会会员", "unionMember", ColumnGroup.Household, "applicant.unionMember", ColumnKind.YesNo, "是/否"),
        new("入会日期", "memberSince", ColumnGroup.Household, "applicant.memberSince", ColumnKind.Date, "日期"),
        new("建立劳动关系日期", "employmentStart", ColumnGroup.Household, "applicant.employmentStart", ColumnKind.Date, "日期；农民工必填"),
        new("农民工", "migrantWorker", ColumnGroup.Household, "applicant.migrantWorker", ColumnKind.YesNo, "是/否"),
        new("长期在城市居住", "livesInCity", ColumnGroup.Household, "applicant.livesInCity", ColumnKind.YesNo, "是/否；农民工必填"),
        new("享受低保", "onSubsistenceAllowance", ColumnGroup.Household, "onSubsistenceAllowance", ColumnKind.YesNo, "是/否"),
        new("自费留学", "studyAbroadSelfFunded", ColumnGroup.Household, "assets.studyAbroadSelfFunded", ColumnKind.YesNo, "是/否：有子女自费出国留学"),
        new("拒绝配合调查", "refusesCooperation", ColumnGroup.Household, "conduct.refusesCooperation", ColumnKind.YesNo, "是/否"),
        new("隐瞒收入", "concealsIncome", ColumnGroup.Household, "conduct.concealsIncome", ColumnKind.YesNo, "是/否：隐瞒收入或家庭变化"),
        new("提供虚假材料", "falseMaterial", ColumnGroup.Household, "conduct.falseMaterial", ColumnKind.YesNo, "是/否"),
        new("建档日期", "fileOpened", ColumnGroup.Household, "existingFile.opened", ColumnKind.Date, "年度复核的已建档户填写；首次申请留空"),
        new("档案类别", "fileCategory", ColumnGroup.Household, "existingFile.category", ColumnKind.Choice, "已建档户的类别", Categories),
        new("上次复核日期", "lastReview", ColumnGroup.Household, "existingFile.lastReview", ColumnKind.Date, "日期"),
        new("已脱困", "exited", ColumnGroup.Household, "existingFile.exited", ColumnKind.YesNo, "是/否：已解困脱困退档"),
        new("成员关系", "relationship", ColumnGroup.Member, "relationship", ColumnKind.Choice, "家庭成员（含申请人本人），每行一人", Relationships),
        new("出生日期", "birthDate", ColumnGroup.Member, "birthDate", ColumnKind.Date, "成员出生日期，必填"),
        new("丧失劳动能力", "unableToWork", ColumnGroup.Member, "unableToWork", ColumnKind.YesNo, "是/否"),
        new("在读阶段", "studying", ColumnGroup.Member, "studying", ColumnKind.Choice, "未在读/学前/小学/初中/高中/高职/本科/研究生", StudyLevels),
        new("当年考入高校", "enteringHigherEducation", ColumnGroup.Member, "enteringHigherEducation", ColumnKind.YesNo, "是/否（金秋助学）"),
        new("就业", "employed", ColumnGroup.Member, "employed", ColumnKind.YesNo, "是/否"),
        new("收入已核实", "incomeProven", ColumnGroup.Member, "incomeProven", ColumnKind.YesNo, "是/否：实际收入已核实，不按最低工资推算"),
        new("残疾等级", "disabilityGrade", ColumnGroup.Member, "disabilityGrade", ColumnKind.Integer, "1–4 级；无残疾证留空"),
        new("重大疾病", "seriousIllness", ColumnGroup.Member, "seriousIllness", ColumnKind.YesNo, "是/否"),
        new("关停并转下岗", "laidOffInClosure", ColumnGroup.Member, "laidOffInClosure", ColumnKind.YesNo, "是/否：因企业关停并转下岗、停发或减发工资"),
        new("无正当理由拒绝就业", "refusesWork", ColumnGroup.Member, "refusesWork", ColumnKind.YesNo, "是/否"),
        new("收入类别", "incomeCategory", ColumnGroup.Income, "category", ColumnKind.Choice, "每行一笔收入", IncomeCategories),
        new("收入金额", "incomeAmount", ColumnGroup.Income, "amount", ColumnKind.Number, "元（经营、财产收入填净额）"),
        new("收入日期", "incomeReceived", ColumnGroup.Income, "received", ColumnKind.Date, "收到日期"),
        new("支出类别", "expenditureCategory", ColumnGroup.Expenditure, "category", ColumnKind.Choice, "每行一笔刚性支出", ExpenditureCategories),
        new("支出金额", "expenditureAmount", ColumnGroup.Expenditure, "amount", ColumnKind.Number, "元，报销后自付部分"),
        new("支出日期", "expenditurePaid", ColumnGroup.Expenditure, "paid", ColumnKind.Date, "支付日期"),
        new("教育阶段", "educationLevel", ColumnGroup.Expenditure, "educationLevel", ColumnKind.Choice, "教育支出的就读阶段（义务教育不扣除）", StudyLevels),
        new("致困日期", "accidentDate", ColumnGroup.Accident, "date", ColumnKind.Date, "意外事故、灾害或突发疾病的日期"),
        new("致困事由", "accidentDescription", ColumnGroup.Accident, "description", ColumnKind.Text, "简述"),
        new("损失金额", "accidentLosses", ColumnGroup.Accident, "losses", ColumnKind.Number, "元"),
        new("赔偿金额", "accidentCompensation", ColumnGroup.Accident, "compensation", ColumnKind.Number, "元"),
        new("保险支付", "accidentInsurance", ColumnGroup.Accident, "insurance", ColumnKind.Number, "元"),
        new("救助金额", "accidentAid", ColumnGroup.Accident, "aid", ColumnKind.Number, "元（社会救助和社会帮扶）"),
        new("住房面积", "homeArea", ColumnGroup.Home, "area", ColumnKind.Number, "平方米（建筑面积），每行一套"),
        new("机动车辆", "vehicle", ColumnGroup.Vehicle, "mobilityAid", ColumnKind.Choice, "代步车/机动车，每行一辆", VehicleKinds),
        new("经营雇工人数", "businessEmployees", ColumnGroup.Business, "employees", ColumnKind.Integer, "人（家庭成员以外），每行一个经营实体"),
        new("控股股东", "controllingShareholder", ColumnGroup.Shareholding, "controlling", ColumnKind.YesNo, "是/否：控股股东或实际控制人，每行一项持股"),
        new("私立学校年收费", "privateSchoolFee", ColumnGroup.PrivateSchool, "fee", ColumnKind.Number, "元/年，每行一名子女"),
        new("公办学校年收费", "publicSchoolFee", ColumnGroup.PrivateSchool, "publicFee", ColumnKind.Number, "元/年，同级公办学校"),
    ];

    /// <summary>The register columns of each group (indexed by <see cref="ColumnGroup"/>), in the order of <see cref="Columns"/>.</summary>
    public static readonly int[][] GroupColumns =
        [.. Enum.GetValues<ColumnGroup>().Select(g => Enumerable.Range(0, Columns.Length).Where(k => Columns[k].Group == g).ToArray())];

    /// <summary>The column of the file number.</summary>
    public const int RefColumn = 0;

    /// <summary>The column of the application date.</summary>
    public const int DateColumn = 1;

    /// <summary>Finds a register column by its header: Chinese or English, case, spaces and a unit in brackets ignored.</summary>
    /// <param name="header">The header cell.</param>
    /// <returns>The column's index in <see cref="Columns"/>, or -1.</returns>
    public static int Find(string? header)
    {
        if (header is null)
        {
            return -1;
        }

        string h = header.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        int bracket = h.IndexOfAny(['(', '（']);
        if (bracket > 0)
        {
            h = h[..bracket];
        }

        for (int i = 0; i < Columns.Length; i++)
        {
            if (string.Equals(Columns[i].Chinese, h, StringComparison.Ordinal) || string.Equals(Columns[i].English, h, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Maps a choice cell to its JSON name: the Chinese label, or the JSON name itself (any case).</summary>
    /// <param name="choices">The column's choices.</param>
    /// <param name="cell">The cell.</param>
    /// <returns>The JSON name, or <see langword="null"/> when the cell names none of them.</returns>
    public static string? Choice((string Label, string Json)[] choices, string cell)
    {
        foreach ((string label, string json) in choices)
        {
            if (string.Equals(label, cell, StringComparison.Ordinal) || string.Equals(json, cell, StringComparison.OrdinalIgnoreCase))
            {
                return json;
            }
        }

        return null;
    }

    /// <summary>Reads a yes/no cell: 是/否, Y/N, yes/no, true/false, 1/0, √/×.</summary>
    /// <param name="cell">The cell, trimmed.</param>
    /// <returns>The value, or <see langword="null"/> when the cell is none of these.</returns>
    public static bool? YesNo(string cell) => cell.ToUpperInvariant() switch
    {
        "是" or "Y" or "YES" or "TRUE" or "1" or "√" or "✓" => true,
        "否" or "N" or "NO" or "FALSE" or "0" or "×" or "✗" => false,
        _ => null,
    };

    /// <summary>The column letters of a 0-based column index (0 → A, 26 → AA).</summary>
    /// <param name="index">The index.</param>
    /// <returns>The letters.</returns>
    public static string Letters(int index)
    {
        string s = string.Empty;
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
        {
            s = (char)('A' + ((n - 1) % 26)) + s;
        }

        return s;
    }
}

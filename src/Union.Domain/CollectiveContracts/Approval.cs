using NodaTime;
using Union.Domain.Validation;

namespace Union.Domain.CollectiveContracts;

/// <summary>The discussion and vote on the draft (草案审议通过), 集体合同规定 第三十六条.</summary>
public sealed record Approval
{
    /// <summary>Gets the body that discussed the draft.</summary>
    public ApprovalBody? Body { get; init; }

    /// <summary>Gets the number of ALL delegates (or all employees) of the body; never negative.</summary>
    [InputRange(0, InputLimits.MaxHeadcount)]
    public int? BodySize { get; init; }

    /// <summary>Gets how many attended; never negative, never more than <see cref="BodySize"/>.</summary>
    [InputRange(0, InputLimits.MaxHeadcount)]
    public int? Present { get; init; }

    /// <summary>Gets how many voted in favour; never negative, never more than <see cref="Present"/>.</summary>
    [InputRange(0, InputLimits.MaxHeadcount)]
    public int? InFavour { get; init; }

    /// <summary>Gets the day of the vote.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>
    /// Gets the day the employer received the employee chief's written notice that the draft was approved
    /// (企业收到书面告知之日), 上海市集体合同条例 第二十三条: Shanghai's filing period runs from it.
    /// </summary>
    public LocalDate? NoticeReceivedByEmployer { get; init; }
}

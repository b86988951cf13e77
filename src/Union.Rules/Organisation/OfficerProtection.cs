using NodaTime;
using Union.Domain.Organisation;
using Union.Rules.Calendar;

namespace Union.Rules.Organisation;

/// <summary>
/// The labour-contract protection of one committee member (工会委员劳动合同延长), 工会法 第十九条: the day to which the article
/// protects the contract and the contract's end after the extension.
/// </summary>
/// <remarks>
/// <para>Full-time (专职) chair, vice-chair or member: "劳动合同期限自动延长，延长期限相当于其任职期间". The time in office runs from
/// the day of taking office to the day of leaving it (or the term's last day, when the person is in office to the term's end);
/// the extension is as long, counted from the day after the office ends (最高人民法院 interpretation 第二条: "自上述人员工会职务任职
/// 期限届满之日起计算，延长的期限等于其工会职务任职的期间"); the contract runs at least to the extension's last day.</para>
/// <para>Part-time (非专职): "其尚未履行的劳动合同期限短于任期的，劳动合同期限自动延长至任期期满": a contract that ends before the
/// term's last day runs to it.</para>
/// <para>A contract that already ends on or after the protected day is not changed; an open-ended contract needs no extension.
/// The exceptions (个人严重过失, 达到法定退休年龄) are the rule's to apply, from how the contract ended.</para>
/// </remarks>
/// <param name="TookOffice">The day of taking office.</param>
/// <param name="OfficeEnds">The last day in office: the day of leaving, or the term's last day.</param>
/// <param name="InOfficeToTermEnd">Whether the office is reckoned to the term's last day (no day of leaving given).</param>
/// <param name="ExtensionStarts">For a full-time officer, the extension's first day: the day after the office ends.</param>
/// <param name="ProtectedUntil">The day to which the article protects the contract.</param>
/// <param name="ContractEnd">The contract's agreed last day; <see langword="null"/> for an open-ended contract.</param>
/// <param name="ExtendedTo">The contract's last day after the extension; <see langword="null"/> for an open-ended contract.</param>
public sealed record OfficerProtection(
    LocalDate TookOffice,
    LocalDate OfficeEnds,
    bool InOfficeToTermEnd,
    LocalDate? ExtensionStarts,
    LocalDate ProtectedUntil,
    LocalDate? ContractEnd,
    LocalDate? ExtendedTo)
{
    /// <summary>Gets whether the article lengthens the contract (its agreed end is before the protected day).</summary>
    public bool Extended => ContractEnd is { } end && end < ProtectedUntil;

    /// <summary>Computes the protection of a committee member in a term.</summary>
    /// <param name="term">The committee's term.</param>
    /// <param name="member">The member; a fixed-term contract needs <see cref="CommitteeMember.LabourContractEnd"/>.</param>
    /// <returns>The protection.</returns>
    /// <exception cref="ArgumentException">The member leaves office before taking it, or takes office after the term's last day (a document the validator rejects).</exception>
    public static OfficerProtection Compute(UnionTerm term, CommitteeMember member)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentNullException.ThrowIfNull(member);
        LocalDate termEnd = term.LastDay;
        LocalDate took = member.TookOffice ?? term.Start;
        LocalDate officeEnds = member.LeftOffice ?? termEnd;
        if (officeEnds < took)
        {
            throw new ArgumentException("The member's office ends before it starts.", nameof(member));
        }

        LocalDate? extensionStarts = null;
        LocalDate protectedUntil;
        if (member.FullTime)
        {
            LocalDate after = officeEnds.PlusDays(1);
            Period tenure = Period.Between(took, after, PeriodUnits.YearMonthDay);
            extensionStarts = after;
            protectedUntil = LegalPeriods.TermEnd(after, tenure);
        }
        else
        {
            protectedUntil = termEnd;
        }

        LocalDate? end = member.OpenEndedContract ? null : member.LabourContractEnd;
        LocalDate? extendedTo = end is { } e ? (e < protectedUntil ? protectedUntil : e) : null;
        return new OfficerProtection(took, officeEnds, member.LeftOffice is null, extensionStarts, protectedUntil, end, extendedTo);
    }
}

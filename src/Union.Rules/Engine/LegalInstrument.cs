namespace Union.Rules.Engine;

/// <summary>
/// A law, regulation, rule or policy document that a rule cites (法律文件), e.g. 集体合同规定.
/// </summary>
/// <param name="Id">A stable identifier, e.g. <c>collective-contract-provisions</c>.</param>
/// <param name="Title">The Chinese title without book-title marks, e.g. 集体合同规定.</param>
/// <param name="TitleEn">The English title, e.g. Provisions on Collective Contracts.</param>
/// <param name="DocumentNumber">The document number (文号), e.g. 劳动和社会保障部令第22号, when known.</param>
public sealed record LegalInstrument(string Id, string Title, string TitleEn, string? DocumentNumber = null);

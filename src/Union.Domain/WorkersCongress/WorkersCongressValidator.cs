using FluentValidation;
using FluentValidation.Results;
using Union.Domain.Validation;

namespace Union.Domain.WorkersCongress;

/// <summary>
/// Structural checks of a <see cref="WorkersCongressRecord"/> (结构校验) that span more than one field: what makes the record
/// meaningless, never what makes the congress unlawful. More women or disabled people than employees or than the entry's
/// delegates, a roster of more than ten million, an election of a group, more voters than the constituency or more votes
/// than voters, more present than the body holds, more votes than people present. Ranges of single values (a negative count)
/// are the reader's, from the <c>InputRange</c> attributes.
/// </summary>
public sealed class WorkersCongressValidator : AbstractValidator<WorkersCongressRecord>
{
    /// <summary>Declares the checks above. A validator holds no state once built, so one instance serves every thread.</summary>
    public WorkersCongressValidator() => RuleFor(r => r).Custom(Check);

    private static void Check(WorkersCongressRecord record, ValidationContext<WorkersCongressRecord> context)
    {
        void Add(string path, string key) =>
            context.AddFailure(new ValidationFailure(path, InputMessages.Render(key, null, chinese: false)) { ErrorCode = key });

        if (record.WomenEmployees > record.Employees)
        {
            Add("WomenEmployees", "congress.womenOverEmployees");
        }

        if (record.DisabledEmployees > record.Employees)
        {
            Add("DisabledEmployees", "congress.disabledOverEmployees");
        }

        for (int i = 0; i < record.Delegates.Count; i++)
        {
            DelegateEntry? d = record.Delegates[i];
            if (d is null)
            {
                continue;
            }

            string at = $"Delegates[{i}]";
            if (d.Women > d.Size())
            {
                Add(at + ".Women", "congress.womenOverCount");
            }

            if (d.Disabled > d.Size())
            {
                Add(at + ".Disabled", "congress.disabledOverCount");
            }

            if (d.Election is { } e)
            {
                if (d.Size() != 1)
                {
                    Add(at + ".Election", "congress.electionOfGroup");
                }

                if (e.Voted > e.Electorate)
                {
                    Add(at + ".Election.Voted", "congress.votedOverElectorate");
                }

                if (e.InFavour > (e.Voted ?? e.Electorate))
                {
                    Add(at + ".Election.InFavour", "congress.electionFavourOverVoted");
                }
            }
        }

        if (record.DelegateCount() > InputLimits.MaxHeadcount)
        {
            Add("Delegates", "congress.rosterTooLarge");
            return;
        }

        for (int i = 0; i < record.Sessions.Count; i++)
        {
            CongressSession? s = record.Sessions[i];
            if (s is null)
            {
                continue;
            }

            string at = $"Sessions[{i}]";
            long? body = record.BodySizeOf(s);
            if (s.Present > body)
            {
                Add(at + ".Present", "congress.presentOverBody");
            }

            for (int j = 0; j < s.Resolutions.Count; j++)
            {
                CongressResolution? r = s.Resolutions[j];
                if (r is null)
                {
                    continue;
                }

                long votes = (long)(r.InFavour ?? 0) + (r.Against ?? 0) + (r.Abstained ?? 0);
                if (s.Present is { } present && votes > present)
                {
                    Add($"{at}.Resolutions[{j}]", "congress.votesOverPresent");
                }
                else if (s.Present is null && votes > body)
                {
                    Add($"{at}.Resolutions[{j}]", "congress.votesOverBody");
                }
            }
        }
    }
}

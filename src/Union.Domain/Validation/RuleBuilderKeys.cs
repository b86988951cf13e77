using FluentValidation;

namespace Union.Domain.Validation;

/// <summary>Gives a FluentValidation rule a message key (消息键) of <see cref="InputMessages"/>, so that its issue renders in Chinese or English.</summary>
public static class RuleBuilderKeys
{
    /// <summary>Sets the rule's error code to <paramref name="key"/> and its message to the key's English text.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TProperty">The property's type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <param name="key">The message key.</param>
    /// <returns>The rule.</returns>
    public static IRuleBuilderOptions<T, TProperty> Key<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string key)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.WithErrorCode(key).WithMessage(InputMessages.Render(key, null, chinese: false));
    }
}

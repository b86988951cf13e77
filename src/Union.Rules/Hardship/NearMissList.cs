using System.Collections;
using Union.Domain.Common;
using Union.Domain.Hardship;

namespace Union.Rules.Hardship;

/// <summary>
/// The near misses of one evaluation, kept as values and made into <see cref="NearMiss"/> records when read, so that a reused
/// workspace records them without allocating. Cleared and refilled by each evaluation.
/// </summary>
internal sealed class NearMissList : IReadOnlyList<NearMiss>
{
    private Entry[] _items = new Entry[3];
    private int _count;

    /// <inheritdoc/>
    public int Count => _count;

    /// <inheritdoc/>
    public NearMiss this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            ref readonly Entry i = ref _items[index];
            return new NearMiss(i.Category, i.Test, i.Value, i.Limit, i.Comparison, i.Gap);
        }
    }

    /// <summary>Adds a near miss.</summary>
    public void Add(HardshipCategory category, string test, decimal? value, decimal? limit, Comparison? comparison, decimal? gap)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = new Entry(category, test, value, limit, comparison, gap);
    }

    /// <summary>Removes every near miss.</summary>
    public void Clear() => _count = 0;

    /// <summary>The near misses as records of their own.</summary>
    public NearMiss[] ToArray()
    {
        var result = new NearMiss[_count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = this[i];
        }

        return result;
    }

    /// <inheritdoc/>
    public IEnumerator<NearMiss> GetEnumerator()
    {
        for (int i = 0; i < _count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private readonly record struct Entry(HardshipCategory Category, string Test, decimal? Value, decimal? Limit, Comparison? Comparison, decimal? Gap);
}

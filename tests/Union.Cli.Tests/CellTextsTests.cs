using Union.Cli.Batch;
using Xunit;

namespace Union.Cli.Tests;

/// <summary>The register reader's shared cell texts: the same text as the cell, one string for a short text read again.</summary>
public sealed class CellTextsTests
{
    [Fact]
    public void A_short_text_read_again_is_the_same_string()
    {
        var texts = new CellTexts();
        string first = texts.Get("否".AsSpan());
        string again = texts.Get("否否".AsSpan(1));
        Assert.Equal("否", first);
        Assert.Same(first, again);
        Assert.Equal(1, texts.Count);
    }

    [Fact]
    public void Texts_that_differ_in_one_character_are_kept_apart()
    {
        var texts = new CellTexts();
        Assert.Equal("2025-03-01", texts.Get("2025-03-01".AsSpan()));
        Assert.Equal("2025-03-02", texts.Get("2025-03-02".AsSpan()));
        Assert.Equal("2025-03-01", texts.Get("2025-03-01".AsSpan()));
        Assert.Equal(2, texts.Count);
    }

    [Fact]
    public void A_text_longer_than_the_limit_is_read_but_not_kept()
    {
        var texts = new CellTexts();
        string atLimit = new('x', CellTexts.MaxLength);
        string overLimit = new('x', CellTexts.MaxLength + 1);
        Assert.Same(texts.Get(atLimit.AsSpan()), texts.Get(atLimit.AsSpan()));
        string a = texts.Get(overLimit.AsSpan());
        string b = texts.Get(overLimit.AsSpan());
        Assert.Equal(overLimit, a);
        Assert.Equal(overLimit, b);
        Assert.NotSame(a, b);
        Assert.Equal(1, texts.Count);
    }

    [Fact]
    public void Past_the_capacity_new_texts_are_still_read_exactly_but_not_kept()
    {
        var texts = new CellTexts();
        for (int i = 0; i < CellTexts.Capacity; i++)
        {
            texts.Get(i.ToString(System.Globalization.CultureInfo.InvariantCulture).AsSpan());
        }

        Assert.Equal(CellTexts.Capacity, texts.Count);
        string next = texts.Get("new".AsSpan());
        Assert.Equal("new", next);
        Assert.NotSame(next, texts.Get("new".AsSpan()));
        Assert.Equal(CellTexts.Capacity, texts.Count);
        Assert.Same(texts.Get("0".AsSpan()), texts.Get("0".AsSpan()));
    }
}

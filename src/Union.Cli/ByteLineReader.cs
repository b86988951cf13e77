namespace Union.Cli;

/// <summary>
/// Reads a file line by line as UTF-8 bytes, never decoding them (a JSON Lines batch): each line comes with its number and the
/// byte offset where it starts, so a problem inside a line can be placed in the file. A line feed ends a line; a carriage
/// return before it is dropped. Memory stays flat: one buffer, grown only for a line longer than it, up to a limit.
/// </summary>
internal sealed class ByteLineReader : IDisposable
{
    private readonly Stream _stream;
    private readonly int _maxLine;
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;
    private long _consumed;

    public ByteLineReader(Stream stream, int maxLine)
    {
        _stream = stream;
        _maxLine = maxLine;
    }

    /// <summary>Gets the number of the line last read, from 1.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Gets the byte offset in the file where the line last read starts.</summary>
    public long LineOffset { get; private set; }

    /// <summary>Gets whether the line last read was longer than the limit (its bytes are not given).</summary>
    public bool TooLong { get; private set; }

    /// <summary>Reads the next line; false at the end of the file.</summary>
    /// <param name="line">The line's bytes, without the line end; valid until the next call.</param>
    /// <returns>Whether a line was read.</returns>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        line = default;
        TooLong = false;
        int searched = 0;
        while (true)
        {
            int nl = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
            if (nl >= 0)
            {
                int length = searched + nl;
                Emit(length, length + 1, out line);
                return true;
            }

            searched = _end - _start;
            if (_eof)
            {
                if (_end == _start)
                {
                    return false;
                }

                Emit(_end - _start, _end - _start, out line);
                return true;
            }

            if (searched > _maxLine)
            {
                SkipRestOfLine();
                TooLong = true;
                LineNumber++;
                return true;
            }

            Fill();
        }
    }

    private void Emit(int length, int advance, out ReadOnlySpan<byte> line)
    {
        LineNumber++;
        LineOffset = _consumed;
        int visible = length > 0 && _buffer[_start + length - 1] == (byte)'\r' ? length - 1 : length;
        if (visible > _maxLine)
        {
            TooLong = true;
            line = default;
        }
        else
        {
            line = _buffer.AsSpan(_start, visible);
        }

        _start += advance;
        _consumed += advance;
    }

    private void SkipRestOfLine()
    {
        LineOffset = _consumed;
        while (true)
        {
            int nl = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (nl >= 0)
            {
                _consumed += nl + 1;
                _start += nl + 1;
                return;
            }

            _consumed += _end - _start;
            _start = _end = 0;
            if (_eof)
            {
                return;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    public void Dispose() => _stream.Dispose();
}

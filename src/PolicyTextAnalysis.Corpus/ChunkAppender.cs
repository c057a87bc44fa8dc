using System.Text;

namespace PolicyTextAnalysis.Corpus;

/// <summary>
/// Appends result lines to an open chunk of a <see cref="ChunkStore"/>, handing each line to the operating system as
/// soon as it is written, so a killed process loses no finished document; every <c>chunkSize</c> lines the chunk is
/// sealed (renamed to its final name). <see cref="Dispose"/> seals the last chunk. Not thread-safe: one caller at a time.
/// </summary>
public sealed class ChunkAppender : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ChunkStore _store;
    private readonly int _chunkSize;
    private StreamWriter? _writer;
    private string? _openPath;
    private int _linesInChunk;
    private bool _disposed;

    internal ChunkAppender(ChunkStore store, int chunkSize)
    {
        _store = store;
        _chunkSize = chunkSize;
    }

    /// <summary>Lines appended through this appender.</summary>
    public int Count { get; private set; }

    /// <summary>Appends one line (without its newline) and flushes it to the operating system.</summary>
    public void Append(string line)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentNullException.ThrowIfNull(line);
        if (line.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException("A result line must not contain a newline.", nameof(line));
        }

        if (_writer is null)
        {
            (_, _openPath) = _store.NextOpenChunk();
            _writer = new StreamWriter(new FileStream(_openPath, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1 << 16), Utf8);
        }

        _writer.Write(line);
        _writer.Write('\n');
        _writer.Flush();
        Count++;
        if (++_linesInChunk >= _chunkSize)
        {
            Seal();
        }
    }

    /// <summary>Seals the open chunk, if any.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        Seal();
        _disposed = true;
    }

    private void Seal()
    {
        if (_writer is null)
        {
            return;
        }

        _writer.Flush();
        ((FileStream)_writer.BaseStream).Flush(flushToDisk: true);
        _writer.Dispose();
        _writer = null;
        File.Move(_openPath!, Path.ChangeExtension(_openPath!, ".jsonl"));
        _openPath = null;
        _linesInChunk = 0;
    }
}

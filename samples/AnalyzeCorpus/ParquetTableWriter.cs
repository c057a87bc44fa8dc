using Parquet;
using Parquet.Schema;

namespace AnalyzeCorpus;

/// <summary>The value type of a Parquet column written by <see cref="ParquetTableWriter"/>.</summary>
internal enum ParquetColumnKind
{
    /// <summary>UTF-8 text, never null.</summary>
    Text,

    /// <summary>UTF-8 text or null.</summary>
    NullableText,

    /// <summary>32-bit integer.</summary>
    Int32,

    /// <summary>64-bit integer.</summary>
    Int64,

    /// <summary>Double or null.</summary>
    NullableDouble,
}

/// <summary>
/// One Parquet file written row by row: values are buffered per column and written as a row group every
/// <see cref="RowGroupSize"/> rows, so memory stays bounded on any corpus. Not thread-safe.
/// </summary>
internal sealed class ParquetTableWriter : IAsyncDisposable
{
    private const int RowGroupSize = 100_000;
    private readonly (DataField Field, ParquetColumnKind Kind)[] _columns;
    private readonly List<object?>[] _buffers;
    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private int _rows;

    private ParquetTableWriter((DataField, ParquetColumnKind)[] columns, FileStream stream, ParquetWriter writer)
    {
        _columns = columns;
        _buffers = [.. columns.Select(_ => new List<object?>(RowGroupSize))];
        _stream = stream;
        _writer = writer;
    }

    /// <summary>Rows written so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Creates <paramref name="path"/> with the given columns.</summary>
    public static async Task<ParquetTableWriter> CreateAsync(string path, IReadOnlyList<(string Name, ParquetColumnKind Kind)> columns, CancellationToken cancellationToken)
    {
        (DataField, ParquetColumnKind)[] fields = [.. columns.Select(c => (Field(c.Name, c.Kind), c.Kind))];
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        try
        {
            ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields.Select(f => (Field)f.Item1)), stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            return new ParquetTableWriter(fields, stream, writer);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Adds one row; values in column order, of the columns' types.</summary>
    public async ValueTask AddAsync(object?[] values, CancellationToken cancellationToken)
    {
        if (values.Length != _columns.Length)
        {
            throw new ArgumentException($"A row needs {_columns.Length} values, got {values.Length}.", nameof(values));
        }

        for (int i = 0; i < values.Length; i++)
        {
            _buffers[i].Add(values[i]);
        }

        Rows++;
        if (++_rows >= RowGroupSize)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the last row group (an empty table still gets its schema) and closes the file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_rows > 0 || Rows == 0)
        {
            await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }

        await _writer.DisposeAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        using ParquetRowGroupWriter group = _writer.CreateRowGroup();
        for (int i = 0; i < _columns.Length; i++)
        {
            (DataField field, ParquetColumnKind kind) = _columns[i];
            List<object?> values = _buffers[i];
            switch (kind)
            {
                case ParquetColumnKind.Text or ParquetColumnKind.NullableText:
                    await group.WriteAsync(field, values.Select(v => (string?)v).ToArray()!).ConfigureAwait(false);
                    break;
                case ParquetColumnKind.Int32:
                    await group.WriteAsync<int>(field, values.Select(v => (int)v!).ToArray().AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case ParquetColumnKind.Int64:
                    await group.WriteAsync<long>(field, values.Select(v => (long)v!).ToArray().AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    ReadOnlyMemory<double?> numbers = values.Select(v => (double?)v).ToArray();
                    await group.WriteAsync(field, numbers, cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
            }

            values.Clear();
        }

        group.CompleteValidate();
        _rows = 0;
    }

    private static DataField Field(string name, ParquetColumnKind kind) => kind switch
    {
        ParquetColumnKind.Text => new DataField<string>(name, nullable: false),
        ParquetColumnKind.NullableText => new DataField<string>(name, nullable: true),
        ParquetColumnKind.Int32 => new DataField<int>(name, nullable: false),
        ParquetColumnKind.Int64 => new DataField<long>(name, nullable: false),
        _ => new DataField<double?>(name, nullable: true),
    };
}

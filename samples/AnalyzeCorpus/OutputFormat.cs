namespace AnalyzeCorpus;

/// <summary>What a run writes beside <c>results.jsonl</c> (which is always written: it is also the resume record).</summary>
public enum OutputFormat
{
    /// <summary>Only results.jsonl and summary.json.</summary>
    Jsonl,

    /// <summary>Also a SQLite database, <c>corpus.db</c> in the results folder.</summary>
    Sqlite,

    /// <summary>Also one Parquet file per table in <c>parquet/</c> of the results folder.</summary>
    Parquet,
}

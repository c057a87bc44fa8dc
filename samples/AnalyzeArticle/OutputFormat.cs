namespace AnalyzeArticle;

/// <summary>The report formats the sample writes.</summary>
public enum OutputFormat
{
    /// <summary>A readable report for a person at a terminal.</summary>
    Text,

    /// <summary>JSON schema version 1.</summary>
    Json,

    /// <summary>A self-contained HTML page.</summary>
    Html,

    /// <summary>CoNLL-U: one line per token with its tags, lemma and dependency (adds the syntax layer).</summary>
    Conllu,
}

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// The distributional word classes the bundled name model carries (k-means classes of GloVe vectors at three
/// granularities, see <c>models/README.md</c>), shared with the small linear models that read them too, so the table is
/// stored once. A model that reads the classes stores <see cref="Fingerprint"/> and checks it when it loads
/// (<see cref="Check"/>): a name model retrained with other classes is then refused with a clear message instead of
/// giving silently different features.
/// </summary>
internal static class BundledWordClasses
{
    private static readonly Lazy<ulong> LazyFingerprint = new(() => Table.Fingerprint());

    /// <summary>The table (loads the bundled name model on first use).</summary>
    public static NerWordClusters Table => NamedEntityRecognizer.Default.Model.Gazetteer.Clusters;

    /// <summary>The fingerprint of <see cref="Table"/> (<see cref="NerWordClusters.Fingerprint"/>).</summary>
    public static ulong Fingerprint => LazyFingerprint.Value;

    /// <summary>The packed class ids of a word (any case), or <see cref="NerWordClusters.None"/>.</summary>
    public static uint Of(ReadOnlySpan<char> word) => Table.Lookup(FeatureHash.Chars(word, lower: true));

    /// <summary>Refuses a model whose stored fingerprint is not the bundled table's.</summary>
    /// <param name="stored">The fingerprint in the model file.</param>
    /// <param name="model">What the file holds, for the message (<c>check-worthiness model</c>).</param>
    /// <param name="command">The training command that makes it.</param>
    /// <exception cref="InvalidDataException">The fingerprints differ.</exception>
    public static void Check(ulong stored, string model, string command)
    {
        if (stored != Fingerprint)
        {
            throw new InvalidDataException($"The {model} was made with other word classes than the bundled name model's: retrain with {command}.");
        }
    }
}

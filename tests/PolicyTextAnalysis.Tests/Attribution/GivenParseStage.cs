using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Tests.Attribution;

/// <summary>
/// A syntax stage that lays a given parse on a one-sentence text instead of running the parser, so a rule can be tested
/// against a parse the shipped parser does not happen to make (a misparse a retrained parser makes, for example). The
/// parse is CoNLL-U lines (ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL; more columns ignored) whose forms must be
/// the text's tokens; the tags and relations must be ones the bundled model knows.
/// </summary>
internal sealed class GivenParseStage(string conllu) : IPipelineStage
{
    public string Name => "syntax";

    public DocumentLayers Requires => DocumentLayers.Tokens | DocumentLayers.Sentences;

    public DocumentLayers Produces => DocumentLayers.Syntax;

    public Document Process(Document document, CancellationToken cancellationToken)
    {
        SyntaxModel model = SyntaxModel.Default ?? throw new InvalidOperationException("no bundled syntax model");
        string[][] rows = [.. conllu.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#')).Select(l => l.Split('\t'))];
        if (rows.Length != document.Tokens.Count || document.Sentences.Count != 1)
        {
            throw new ArgumentException($"the parse has {rows.Length} words for {document.Tokens.Count} tokens in {document.Sentences.Count} sentences");
        }

        var tags = new ushort[rows.Length];
        var heads = new int[rows.Length];
        var relations = new ushort[rows.Length];
        var labels = model.Parser.Labels.ToList();
        var classes = model.Tagger.Classes.ToList();
        for (int i = 0; i < rows.Length; i++)
        {
            string[] r = rows[i];
            if (!document.Tokens.CharsAt(i).SequenceEqual(r[1]))
            {
                throw new ArgumentException($"word {i + 1} is '{r[1]}' in the parse but '{document.Tokens.CharsAt(i)}' in the text");
            }

            int tag = classes.IndexOf(r[3] + "\t" + r[4]);
            int relation = labels.IndexOf(r[7]);
            if (tag < 0 || relation < 0)
            {
                throw new ArgumentException($"unknown tag {r[3]}/{r[4]} or relation {r[7]} at word {i + 1}");
            }

            tags[i] = (ushort)tag;
            relations[i] = (ushort)relation;
            heads[i] = int.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture) - 1;
        }

        return document.WithSyntax(new SyntaxLayer(document.Tokens, tags, heads, relations, model, []));
    }

    /// <summary>The default pipeline with this stage in place of the parser.</summary>
    public static AnalysisPipeline Pipeline(string conllu) => new(
        [.. PolicyAnalyzer.CreateDefault().Pipeline.Stages.Select(s => s is SyntaxStage ? new GivenParseStage(conllu) : s)]);
}

using PolicyTextAnalysis.Syntax;

namespace PolicyTextAnalysis.Training.Syntax;

/// <summary>
/// <c>eval-syntax [--data DIR] [--model FILE] [--set NAME]... [--raw] [--speed]</c>: tagging, lemma and parsing scores of a syntax
/// model (the shipped one by default) with gold tokenisation on <c>ewt-dev</c>, <c>ewt-test</c>, <c>gum-dev</c>,
/// <c>gum-test</c> and <c>pud</c> (all but gum-dev by default), or any of them with a phrase of each sentence in quotation
/// marks (<c>ewt-dev+quotes</c>, see <see cref="QuoteMarkInsertion"/>); for each set also the attachment of the words other
/// than quotation marks and the tagging of the first word after an opening mark inside a sentence; with <c>--raw</c>, also from raw text on EWT dev and test
/// (our tokenizer and sentence splitter, CoNLL 2018 alignment); with <c>--speed</c>, the words per second of tagging and
/// parsing each set on one thread (best of three passes in processor time, words hashed beforehand). Decisions use the dev sets; the others are reported.
/// </summary>
internal sealed class EvalSyntaxCommand : ITrainingCommand
{
    /// <inheritdoc />
    public string Name => "eval-syntax";

    /// <inheritdoc />
    public string Summary => "scores a syntax model (UPOS, XPOS, lemma, UAS, LAS) on UD EWT, GUM and PUD";

    /// <inheritdoc />
    public int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var arguments = CommandArguments.Parse(args, ["--data", "--model", "--set"], ["--raw", "--speed"]);
        string data = arguments.Data ?? throw new DirectoryNotFoundException("no data folder (pass --data DIR or set POLICYTEXT_DATA)");
        SyntaxModel model;
        if (arguments.Value("--model") is { } path)
        {
            using FileStream file = File.OpenRead(path);
            model = SyntaxModel.Load(file);
        }
        else
        {
            model = SyntaxModel.Default ?? throw new FileNotFoundException("this build has no syntax model (models/syntax-en.bin); pass --model FILE");
        }

        IReadOnlyList<string> sets = arguments.Values("--set") is { Count: > 0 } chosen ? chosen : ["ewt-dev", "ewt-test", "gum-test", "pud"];
        foreach (string set in sets)
        {
            IReadOnlyList<UdSentence> sentences = SyntaxCorpora.Load(data, set);
            List<ParsedSentence> parsed = SyntaxScore.Parse(model, sentences);
            output.WriteLine(SyntaxScore.Of(set, model, parsed));
            output.WriteLine(QuotationMarkScore.Of(set, model, parsed));
            if (arguments.Flag("--speed"))
            {
                output.WriteLine(FormattableString.Invariant($"{set,-10} tagging and parsing: {WordsPerSecond(model, sentences):N0} words/s"));
            }
        }

        if (arguments.Flag("--raw"))
        {
            foreach (string split in new[] { "dev", "test" })
            {
                output.WriteLine(RawTextSyntaxScore.Of("ewt-" + split, Path.Combine(data, "ud-english-ewt", $"en_ewt-ud-{split}.conllu"), model));
            }
        }

        return 0;
    }

    private static double WordsPerSecond(SyntaxModel model, IReadOnlyList<UdSentence> sentences)
    {
        WordHashes[][] hashed = sentences.Select(s => s.Hashes()).ToArray();
        int words = hashed.Sum(h => h.Length);
        double best = double.MaxValue;
        for (int pass = 0; pass < 3; pass++)
        {
            // Processor time of this process, not wall time: the machine may be shared.
            TimeSpan start = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            foreach (WordHashes[] sentence in hashed)
            {
                model.Parser.Parse(sentence, model.Tag(sentence));
            }

            best = Math.Min(best, (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - start).TotalSeconds);
        }

        return words / best;
    }
}

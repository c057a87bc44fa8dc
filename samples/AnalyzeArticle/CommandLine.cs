namespace AnalyzeArticle;

/// <summary>Parsed command-line arguments of the sample.</summary>
/// <param name="Input">A file path, <c>-</c> for standard input, or null for the built-in source text.</param>
/// <param name="Format">The report format.</param>
/// <param name="OutputPath">Where to write the report, or null for standard output.</param>
/// <param name="ShowHelp">True when help was asked for.</param>
public sealed record CommandLine(string? Input, OutputFormat Format, string? OutputPath, bool ShowHelp)
{
    /// <summary>Target phrases from <c>--targets "A;B"</c> whose stance is reported, or empty.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>True with <c>--syntax</c> or <c>--format conllu</c>: the syntax layer is added (tags, lemmas, trees).</summary>
    public bool Syntax { get; init; }

    /// <summary>The usage text.</summary>
    public const string Usage = """
        Usage: AnalyzeArticle [FILE | -] [--format text|json|html|conllu] [--output PATH] [--targets "A;B"] [--syntax]

          FILE              a UTF-8 text file to analyse; '-' reads standard input;
                            with no FILE the built-in sample article is analysed
          --format, -f      text (default): a readable report; json: schema v1; html: a web page;
                            conllu: tokens with tags, lemmas and dependencies (CoNLL-U)
          --output, -o      write the report to PATH instead of standard output
          --targets, -t     ';'-separated phrases: report each holder's stance toward them
                            (matched by meaning when the phrase does not occur verbatim)
          --syntax          add part-of-speech tags, lemmas and dependency trees (the JSON's "tokens")
          --help, -h        show this help
        """;

    /// <summary>Parses <paramref name="args"/>; returns an error message instead of throwing.</summary>
    public static (CommandLine? Parsed, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? input = null;
        string? output = null;
        string? targets = null;
        OutputFormat format = OutputFormat.Text;
        bool syntax = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "--help" or "-h" or "-?" or "/?":
                    return (new CommandLine(null, format, null, ShowHelp: true), null);
                case "--format" or "-f":
                    if (i + 1 >= args.Count)
                    {
                        return (null, "--format needs a value: text, json, html or conllu");
                    }

                    string value = args[++i];
                    if (!Enum.TryParse(value, ignoreCase: true, out format) || !Enum.IsDefined(format) || int.TryParse(value, out _))
                    {
                        return (null, $"unknown format '{value}': use text, json, html or conllu");
                    }

                    break;
                case "--syntax":
                    syntax = true;
                    break;
                case "--targets" or "-t":
                    if (i + 1 >= args.Count)
                    {
                        return (null, "--targets needs a value such as \"deportation;the Taliban\"");
                    }

                    targets = args[++i];
                    break;
                case "--output" or "-o":
                    if (i + 1 >= args.Count || string.IsNullOrWhiteSpace(args[i + 1]))
                    {
                        return (null, "--output needs a file path");
                    }

                    output = args[++i];
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal) || (arg.StartsWith('-') && arg != "-"))
                    {
                        return (null, $"unknown option '{arg}' (see --help)");
                    }

                    if (input is not null)
                    {
                        return (null, $"only one input may be given, got '{input}' and '{arg}'");
                    }

                    input = arg;
                    break;
            }
        }

        string[] targetList = targets is null ? [] : targets.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (targets is not null && targetList.Length == 0)
        {
            return (null, "--targets holds no phrase: give one or more, separated by ';'");
        }

        return (new CommandLine(input, format, output, ShowHelp: false) { Targets = targetList, Syntax = syntax || format == OutputFormat.Conllu }, null);
    }
}

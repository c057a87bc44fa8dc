using System.Globalization;

namespace PolicyTextAnalysis.Training;

/// <summary>
/// A training command's parsed arguments: <c>--name value</c> options (repeatable; the last one wins where one value
/// is read) and <c>--flag</c> switches, checked against the names the command declares. An unknown name, an option
/// without its value or a value that is not a number where one is wanted throws an <see cref="ArgumentException"/>
/// naming it, which the program prints as one error line (exit code 2).
/// </summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CommandArguments()
    {
    }

    /// <summary>The <c>--data DIR</c> value, else the shared data folder beside the repository (null when neither exists).</summary>
    public string? Data => Value("--data") ?? RepositoryPaths.DataOrNull;

    /// <summary>Parses <paramref name="args"/> given the names of the options that take a value and of the switches.</summary>
    public static CommandArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> options, IReadOnlyCollection<string> flags)
    {
        var parsed = new CommandArguments();
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (flags.Contains(name))
            {
                parsed._flags.Add(name);
            }
            else if (options.Contains(name))
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"option '{name}' needs a value");
                }

                if (!parsed._values.TryGetValue(name, out List<string>? list))
                {
                    parsed._values[name] = list = [];
                }

                list.Add(args[++i]);
            }
            else
            {
                string known = string.Join(' ', options.Select(o => $"{o} X").Concat(flags));
                throw new ArgumentException($"unknown option '{name}' (options: {known})");
            }
        }

        return parsed;
    }

    /// <summary>The last value of option <paramref name="name"/>, or null.</summary>
    public string? Value(string name) => _values.TryGetValue(name, out List<string>? list) ? list[^1] : null;

    /// <summary>Every value of a repeatable option, in order.</summary>
    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out List<string>? list) ? list : [];

    /// <summary>True when the switch <paramref name="name"/> was given.</summary>
    public bool Flag(string name) => _flags.Contains(name);

    /// <summary>The option as an integer, or <paramref name="fallback"/> when absent.</summary>
    public int Int(string name, int fallback) => Number(name, fallback, s => int.Parse(s, CultureInfo.InvariantCulture));

    /// <summary>The option as a long integer, or <paramref name="fallback"/> when absent.</summary>
    public long Long(string name, long fallback) => Number(name, fallback, s => long.Parse(s, CultureInfo.InvariantCulture));

    /// <summary>The option as a number, or <paramref name="fallback"/> when absent.</summary>
    public float Float(string name, float fallback) => Number(name, fallback, s => float.Parse(s, CultureInfo.InvariantCulture));

    private T Number<T>(string name, T fallback, Func<string, T> parse)
    {
        if (Value(name) is not { } text)
        {
            return fallback;
        }

        try
        {
            return parse(text);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new ArgumentException($"option '{name}' wants a number, not '{text}'", e);
        }
    }
}

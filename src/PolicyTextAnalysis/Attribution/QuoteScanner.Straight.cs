namespace PolicyTextAnalysis.Attribution;

/// <content>
/// The direction of each straight mark, chosen for the whole text at once: the cheapest reading of all marks, where a mark
/// read against its spacing costs 1 (<c> "was</c> read as closing) and a quote left unclosed or a stray closing mark costs
/// 2. A greedy reading that follows spacing alone turns one mis-spaced closing mark (<c>like "what's up guys, "like, ...</c>)
/// into an opening one, and the quote then swallows the rest of its paragraph. Well-formed text costs nothing either way.
/// A Viterbi pass over the marks and line breaks with three states: linear in the text, one byte per mark and state.
/// </content>
internal static partial class QuoteScanner
{
    private const int Closed = 0, Open = 1, OpenAcrossBreak = 2;
    private const int AgainstSpacing = 2, Violation = 4; // in half points: 1 and 2
    private const int Unreachable = int.MaxValue / 4;

    private enum MarkKind : byte
    {
        LineBreak,
        Opening,
        Closing,
        Straight,
    }

    /// <summary>The direction (+1 opening, -1 closing) of each straight <c>"</c> of <paramref name="text"/>, in order; null when there is none.</summary>
    private static sbyte[]? StraightDirections(string text, CancellationToken cancellationToken)
    {
        var marks = new List<(int Position, MarkKind Kind, bool ParagraphStart)>();
        int straightCount = 0;
        bool atParagraphStart = true;
        for (int p = 0; p < text.Length; p++)
        {
            char c = text[p];
            if (c == '\n')
            {
                if (marks.Count > 0 && marks[^1].Kind != MarkKind.LineBreak)
                {
                    marks.Add((p, MarkKind.LineBreak, false));
                }

                atParagraphStart = true;
                if ((p & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                continue;
            }

            MarkKind? kind = c switch
            {
                '“' or '„' or '«' => MarkKind.Opening,
                '”' or '»' => MarkKind.Closing,
                '"' => MarkKind.Straight,
                _ => null,
            };
            if (kind is { } k)
            {
                marks.Add((p, k, atParagraphStart));
                straightCount += k == MarkKind.Straight ? 1 : 0;
                atParagraphStart = false;
            }
            else if (!char.IsWhiteSpace(c))
            {
                atParagraphStart = false;
            }
        }

        if (straightCount == 0)
        {
            return null;
        }

        // back[i * 3 + s]: the state before mark i on the cheapest path into state s after it; opened[i * 3 + s]: whether
        // mark i was read as opening on that path.
        var back = new byte[marks.Count * 3];
        var opened = new bool[marks.Count * 3];
        Span<int> cost = [0, Unreachable, Unreachable];
        Span<int> next = stackalloc int[3];
        for (int i = 0; i < marks.Count; i++)
        {
            (int position, MarkKind kind, bool paragraphStart) = marks[i];
            next.Fill(Unreachable);
            if (kind == MarkKind.LineBreak)
            {
                Relax(next, back, opened, i, Closed, Closed, cost[Closed], false);
                Relax(next, back, opened, i, OpenAcrossBreak, Open, cost[Open], false);
                Relax(next, back, opened, i, OpenAcrossBreak, OpenAcrossBreak, cost[OpenAcrossBreak], false);
            }
            else
            {
                (int asOpening, int asClosing) = kind switch
                {
                    MarkKind.Opening => (0, Unreachable),
                    MarkKind.Closing => (Unreachable, 0),
                    _ => SpacingCosts(text, position),
                };
                for (int from = 0; from < 3; from++)
                {
                    int here = cost[from];
                    if (here >= Unreachable)
                    {
                        continue;
                    }

                    if (from == OpenAcrossBreak)
                    {
                        // Reopened at the start of the next paragraph: the multi-paragraph convention, the quote goes on.
                        if (paragraphStart && asOpening < Unreachable)
                        {
                            Relax(next, back, opened, i, Open, from, here + asOpening, true);
                        }

                        here += Violation; // else the quote ended unclosed at the break
                    }

                    bool isOpen = from == Open;
                    Relax(next, back, opened, i, Open, from, Add(here, asOpening, isOpen ? Violation : 0), true);
                    Relax(next, back, opened, i, Closed, from, Add(here, asClosing, isOpen ? 0 : Violation), false);
                }
            }

            next.CopyTo(cost);
        }

        cost[Open] = Add(cost[Open], Violation, 0);
        cost[OpenAcrossBreak] = Add(cost[OpenAcrossBreak], Violation, 0);
        int state = cost[Closed] <= cost[Open] ? (cost[Closed] <= cost[OpenAcrossBreak] ? Closed : OpenAcrossBreak)
            : cost[Open] <= cost[OpenAcrossBreak] ? Open : OpenAcrossBreak;

        var directions = new sbyte[straightCount];
        int s = straightCount;
        for (int i = marks.Count - 1; i >= 0; i--)
        {
            if (marks[i].Kind == MarkKind.Straight)
            {
                directions[--s] = opened[i * 3 + state] ? (sbyte)1 : (sbyte)-1;
            }

            state = back[i * 3 + state];
        }

        return directions;
    }

    private static void Relax(Span<int> next, byte[] back, bool[] opened, int i, int to, int from, int cost, bool asOpening)
    {
        if (cost < next[to])
        {
            next[to] = cost;
            back[i * 3 + to] = (byte)from;
            opened[i * 3 + to] = asOpening;
        }
    }

    private static int Add(int cost, int a, int b) => cost >= Unreachable || a >= Unreachable || b >= Unreachable ? Unreachable : cost + a + b;

    // Spacing evidence, as Direction reads it: a space before and a letter after looks opening, the reverse closing.
    private static (int AsOpening, int AsClosing) SpacingCosts(string text, int p) => Direction(text, p) switch
    {
        1 => (0, AgainstSpacing),
        -1 => (AgainstSpacing, 0),
        _ => (0, 0),
    };
}

using System.Collections.Frozen;

namespace PolicyTextAnalysis.Entities;

/// <summary>
/// Names coordinated before a shared plural head noun: "released from Bagram and Puli Charkhi prisons", "the Tigris
/// and Euphrates rivers", "Harvard and Yale universities". The head says what each name is (two prisons, two rivers,
/// two universities), so a recogniser's single span over "A and B" is split into one mention per name, and each
/// name gets the head's type. A general rule of English coordination; only names written with capitals on both
/// sides of one "and" (no "of": "Department of Health and Human Services" is one name), directly before a plural
/// head noun of the list below.
/// </summary>
internal static class SharedHeadCoordination
{
    private static readonly FrozenDictionary<string, string> HeadTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["prisons"] = EntityLabels.Facility, ["airports"] = EntityLabels.Facility, ["airbases"] = EntityLabels.Facility,
        ["bases"] = EntityLabels.Facility, ["camps"] = EntityLabels.Facility, ["hospitals"] = EntityLabels.Facility,
        ["bridges"] = EntityLabels.Facility, ["stadiums"] = EntityLabels.Facility, ["ports"] = EntityLabels.Facility,
        ["dams"] = EntityLabels.Facility, ["mosques"] = EntityLabels.Facility, ["churches"] = EntityLabels.Facility,
        ["temples"] = EntityLabels.Facility, ["crossings"] = EntityLabels.Facility, ["highways"] = EntityLabels.Facility,
        ["streets"] = EntityLabels.Facility, ["squares"] = EntityLabels.Facility, ["palaces"] = EntityLabels.Facility,
        ["rivers"] = EntityLabels.Location, ["mountains"] = EntityLabels.Location, ["lakes"] = EntityLabels.Location,
        ["valleys"] = EntityLabels.Location, ["seas"] = EntityLabels.Location, ["oceans"] = EntityLabels.Location,
        ["deserts"] = EntityLabels.Location,
        ["provinces"] = EntityLabels.GeopoliticalEntity, ["districts"] = EntityLabels.GeopoliticalEntity,
        ["cities"] = EntityLabels.GeopoliticalEntity,
        ["universities"] = EntityLabels.Organization, ["companies"] = EntityLabels.Organization,
        ["banks"] = EntityLabels.Organization, ["parties"] = EntityLabels.Organization,
        ["newspapers"] = EntityLabels.Organization, ["ministries"] = EntityLabels.Organization,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Probed with the token's characters: no string per mention on this per-document path.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> HeadLookup =
        HeadTypes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns <paramref name="mentions"/> (sorted by start) with coordinated names before a shared head split and typed.</summary>
    public static IReadOnlyList<EntityMention> Apply(Document document, IReadOnlyList<EntityMention> mentions)
    {
        List<EntityMention>? result = null;
        TokenList tokens = document.Tokens;
        for (int m = 0; m < mentions.Count; m++)
        {
            EntityMention mention = mentions[m];
            int first = tokens.IndexAtOrAfter(mention.Start);
            int end = first;
            while (end < tokens.Count && tokens.Starts[end] < mention.End)
            {
                end++;
            }

            if (end >= tokens.Count || !HeadLookup.TryGetValue(tokens.CharsAt(end), out string? label))
            {
                result?.Add(mention);
                continue;
            }

            // Two mentions already: "A and B heads" retypes both.
            EntityMention? previous = result is null ? (m > 0 ? mentions[m - 1] : null) : (result.Count > 0 ? result[^1] : null);
            if (previous is not null && first >= 2 && tokens.CharsAt(first - 1) is "and" && tokens.Ends[first - 2] == previous.End
                && IsName(previous.Label) && IsName(mention.Label))
            {
                result ??= [.. mentions.Take(m)];
                result[^1] = previous with { Label = label };
                result.Add(mention with { Label = label });
                continue;
            }

            // "North Korean and Syrian companies": nationalities modify the head, they do not name its members.
            if (end - first < 3 || !IsName(mention.Label))
            {
                result?.Add(mention);
                continue;
            }

            int and = -1;
            for (int k = first + 1; k < end - 1; k++)
            {
                if (tokens.CharsAt(k) is "and")
                {
                    and = and < 0 ? k : int.MaxValue;
                }
            }

            if (and is < 0 or int.MaxValue || !Capitalised(document, tokens, first, and) || !Capitalised(document, tokens, and + 1, end))
            {
                result?.Add(mention);
                continue;
            }

            result ??= [.. mentions.Take(m)];
            result.Add(Part(document, tokens, mention, first, and, label));
            result.Add(Part(document, tokens, mention, and + 1, end, label));
        }

        return result ?? mentions;
    }

    private static bool IsName(string label) =>
        label is EntityLabels.Person or EntityLabels.Organization or EntityLabels.GeopoliticalEntity or EntityLabels.Location
            or EntityLabels.Facility;

    private static bool Capitalised(Document document, TokenList tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            char c = document.Text[tokens.Starts[k]];
            if (!char.IsUpper(c) && tokens.CharsAt(k) is not ("al" or "bin" or "de" or "-"))
            {
                return false;
            }
        }

        return to > from;
    }

    private static EntityMention Part(Document document, TokenList tokens, EntityMention whole, int from, int to, string label)
    {
        int start = tokens.Starts[from];
        int end = tokens.Ends[to - 1];
        string text = document.Text[start..end];
        return whole with { Text = text, Label = label, Start = start, End = end, Canonical = text, KbId = null };
    }
}

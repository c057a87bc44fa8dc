namespace PolicyTextAnalysis.Attribution;

/// <content>A date or time the parse took for a speaker's head: nobody, or the name the parse hung on it.</content>
internal sealed partial class SpeakerResolver
{
    /// <summary>Which tokens lie in a DATE or TIME mention.</summary>
    /// <summary>
    /// A date or time the parse took for a subject names nobody (a statement Sunday from the presidency said), unless the
    /// parse hung a name on it (released Thursday, Defense Minister Robert Hill said: the name a flat part of the day).
    /// </summary>
    private Speaker? NameHungOnTime(int head)
    {
        foreach (int c in _tree.Children.Of(head))
        {
            if (!_speakers.IsInTimeExpression(c) && _speakers.IsEntity(c) && (_tree.Is(c, "flat") || _tree.Is(c, "appos") || _tree.Is(c, "compound")))
            {
                return _speakers.EndingAt(_speakers.EntityLast(c), c)?.Speaker;
            }
        }

        return null;
    }
}
